import { almatyDate, COUNTRY_UNIT, TARGET_KPI_SHAPES } from '@kpi/schema';
import type { KpiReadModel } from '../kpi/index.ts';
import { KpiQueryError, kpiSummary } from '../kpi/index.ts';
import { type TargetsQuery, targetsAsOf } from './as-of.ts';
import type { TargetsState, TargetView } from './state.ts';
import { heldValue, judgedWindow, statusOf, type TargetStatus } from './status.ts';

export interface TargetWithStatus extends TargetView {
  /** The days judged: the whole period once ended, the days so far while it runs; null before it begins. */
  readonly judged: { readonly from: string; readonly to: string } | null;
  /** The share of the period's days elapsed on the day judged (1 once it has ended). */
  readonly elapsedShare: number;
  /** The value the KPI is held to on that day (pro-rated for a count in a running period). */
  readonly heldTo: number | null;
  /** The KPI over the days judged, as known at `asOf`; null when it has no value. */
  readonly actual: number | null;
  /** Null before the period begins or when the KPI has no value (e.g. a rate over nothing). */
  readonly status: TargetStatus | null;
}

export interface TargetsWithStatusQuery extends Omit<TargetsQuery, 'asOfMs'> {
  /** The instant the targets and the KPIs are taken as known at; absent: now. */
  readonly asOf?: string | null;
  /** "Now" as the caller's clock has it: the day judged when no `asOf` is given. */
  readonly now: Date;
}

/**
 * The targets that applied at `asOf` (or now), each with the KPI it holds and its status on that
 * day in Almaty. Targets of one unit judged over the same days share one KPI query.
 */
export const targetsWithStatus = (
  targets: TargetsState,
  kpis: KpiReadModel,
  query: TargetsWithStatusQuery,
): TargetWithStatus[] => {
  const asOfMs = query.asOf ? Date.parse(query.asOf) : null;
  if (asOfMs !== null && Number.isNaN(asOfMs)) {
    throw new KpiQueryError('INVALID_PERIOD', 'asOf', 'must be an ISO 8601 instant');
  }
  const today = almatyDate(asOfMs === null ? query.now : new Date(asOfMs));
  const found = targetsAsOf(targets, { ...query, asOfMs });
  const groups = new Map<string, TargetView[]>();
  for (const target of found) {
    const window = judgedWindow(target.period, today);
    const key = window ? `${target.unit}|${window.from}|${window.to}` : '';
    groups.set(key, [...(groups.get(key) ?? []), target]);
  }
  const actuals = new Map<string, number | null>();
  for (const [key, group] of groups) {
    if (key === '') continue;
    const [unit, from, to] = key.split('|') as [string, string, string];
    const summary = kpiSummary(kpis, {
      period: { from, to },
      // A region's or a central body's own figures: one filter names either kind of unit.
      filter: unit === COUNTRY_UNIT ? null : { units: [unit] },
      asOf: query.asOf ?? null,
      kpis: group.map((t) => t.kpi),
    });
    for (const entry of summary.kpis) actuals.set(`${key}|${entry.kpi}`, entry.current.value);
  }
  return found.map((target) => {
    const window = judgedWindow(target.period, today);
    if (window === null) {
      return { ...target, judged: null, elapsedShare: 0, heldTo: null, actual: null, status: null };
    }
    const heldTo = heldValue(TARGET_KPI_SHAPES[target.kpi], target.value, window.share);
    const actual = actuals.get(`${target.unit}|${window.from}|${window.to}|${target.kpi}`) ?? null;
    return {
      ...target,
      judged: { from: window.from, to: window.to },
      elapsedShare: window.share,
      heldTo,
      actual,
      status: actual === null ? null : statusOf(actual, heldTo, target.direction),
    };
  });
};
