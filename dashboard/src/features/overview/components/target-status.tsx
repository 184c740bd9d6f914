import { PALETTE } from '@/components/palette.ts';
import { useI18n } from '@/lib/i18n/i18n.tsx';
import type { TargetStatus } from '../model/targets.ts';

/** One colour per status, from the shared palette; the word is always written beside it. */
export const STATUS_COLORS: Readonly<Record<TargetStatus, string>> = {
  MET: PALETTE.green,
  AT_RISK: PALETTE.orange,
  OFF_TRACK: PALETTE.vermillion,
};

/** A target's status as a small coloured badge: met, at risk, off track, or no data. */
export const TargetStatusBadge = ({ status }: { readonly status: TargetStatus | null }) => {
  const { t } = useI18n();
  return (
    <span
      className="target-status"
      data-status={status ?? 'none'}
      style={{ '--status-color': status ? STATUS_COLORS[status] : 'currentColor' } as React.CSSProperties}
    >
      {t(status ? `target.status.${status}` : 'target.status.none')}
    </span>
  );
};
