import type { TargetDirection } from '@kpi/schema';
import type { TargetsState, TargetView } from './state.ts';

export interface TargetsQuery {
  /** Only targets of this unit (KZ or a region code) and of this period (`2026` or `2026-Q2`). */
  readonly unit?: string | null;
  readonly period?: string | null;
  readonly kpi?: string | null;
  /** Epoch ms: the targets as recorded up to then; absent: as known now. */
  readonly asOfMs?: number | null;
}

/**
 * The targets that applied at `asOfMs`: for each KPI, unit and period the latest change recorded
 * by then, unless it was a withdrawal. Ordered by KPI, unit and period.
 */
export const targetsAsOf = (state: TargetsState, query: TargetsQuery = {}): TargetView[] => {
  const out: TargetView[] = [];
  const asOf = query.asOfMs ?? Number.POSITIVE_INFINITY;
  for (const [id, history] of state.targets) {
    if (query.unit && history.unit !== query.unit) continue;
    if (query.period && history.period !== query.period) continue;
    if (query.kpi && history.kpi !== query.kpi) continue;
    const latest = history.changes.findLast((c) => c.recordedMs <= asOf);
    if (latest === undefined || latest.value === null) continue;
    out.push({
      id,
      kpi: history.kpi,
      unit: history.unit,
      period: history.period,
      value: latest.value,
      direction: latest.direction as TargetDirection,
      occurredOn: latest.occurredOn,
      recordedAt: latest.recordedAt,
      setBy: latest.setBy,
    });
  }
  return out.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
};
