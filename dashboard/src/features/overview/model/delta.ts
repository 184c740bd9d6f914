import type { KpiMeta } from './kpi-meta.ts';
import type { KpiValue } from './kpi-view.ts';

export interface Delta {
  /** current − base, in the KPI's own unit (a fraction for rates). */
  readonly change: number;
  /** The relative change for counts and sums; null for rates and days (shown in points / days). */
  readonly relative: number | null;
  readonly tone: 'better' | 'worse' | 'same';
}

/** The change of a KPI against a base period; null when either side has no value. */
export const deltaOf = (
  current: KpiValue,
  base: KpiValue,
  meta: Pick<KpiMeta, 'shape' | 'better'>,
): Delta | null => {
  if (current.value === null || base.value === null) return null;
  const change = current.value - base.value;
  const relative =
    meta.shape === 'count' || meta.shape === 'sum' ? (base.value === 0 ? null : change / base.value) : null;
  const tone = change === 0 ? 'same' : change > 0 === (meta.better === 'up') ? 'better' : 'worse';
  return { change, relative, tone };
};
