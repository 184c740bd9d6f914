import { useI18n } from '@/lib/i18n/i18n.tsx';
import { formatKpi } from '../model/format-kpi.ts';
import { metaOf } from '../model/kpi-meta.ts';
import type { OverviewTarget } from '../model/targets.ts';
import { TargetStatusBadge } from './target-status.tsx';

/** Under a KPI card: the target in force, what it asks by today, and its status. */
export const TargetLine = ({ target }: { readonly target: OverviewTarget }) => {
  const { t, fmt } = useI18n();
  const shape = metaOf(target.kpi).shape;
  const format = (value: number) => (shape === 'count' ? fmt.decimal(value) : formatKpi(fmt, shape, value));
  const prorated = target.heldTo !== null && target.heldTo !== target.value;
  return (
    <p className="kpi-card__target" data-testid={`target-${target.kpi}`}>
      <span>
        {t('target.line', {
          sign: target.direction === 'AT_LEAST' ? '≥' : '≤',
          value: format(target.value),
          period: target.period,
        })}
        {prorated ? ` (${t('target.heldTo', { value: format(target.heldTo!) })})` : null}
      </span>{' '}
      <TargetStatusBadge status={target.status} />
    </p>
  );
};
