import { useI18n } from '@/lib/i18n/i18n.tsx';
import { deltaOf } from '../model/delta.ts';
import { formatDelta } from '../model/format-kpi.ts';
import type { KpiMeta } from '../model/kpi-meta.ts';
import type { KpiValue } from '../model/kpi-view.ts';

// The same: a plain equals sign; the full-width one has no glyph in the page's fonts and showed as a box.
const ARROW = { better: '▲', worse: '▼', same: '=' } as const;

/** One comparison: the arrow says better or worse (not up or down), the words say by how much. */
export const DeltaLine = ({
  current,
  base,
  meta,
  label,
}: {
  current: KpiValue;
  base: KpiValue;
  meta: KpiMeta;
  label: string;
}) => {
  const { t, fmt } = useI18n();
  const delta = deltaOf(current, base, meta);
  if (!delta) {
    return (
      <li className="delta delta--none">
        <span className="delta__label">{label}</span> <span>{t('delta.noBase')}</span>
      </li>
    );
  }
  const arrow = delta.change === 0 ? ARROW.same : delta.change > 0 ? '▲' : '▼';
  return (
    <li className={`delta delta--${delta.tone}`}>
      <span className="delta__value">
        <span aria-hidden="true">{arrow} </span>
        {formatDelta(fmt, meta.shape, delta, t('delta.points'))}
      </span>{' '}
      <span className="delta__label">{label}</span>
      <span className="visually-hidden"> ({t(`delta.${delta.tone}`)})</span>
    </li>
  );
};
