import { NO_DAY } from '../fold/columns.ts';
import type { KpiName } from './measures.ts';

/**
 * The recommendation KPIs' rules, as the methodology states them. A recommendation is filtered
 * and grouped by its risk's classification. Days are day numbers; NO_DAY: not (yet) implemented
 * or rejected. The engine's scan (query/aggregate-recommendations.ts) and the drill-down call
 * these; reference/kpis.ts restates them plainly.
 */

/** The day that puts a recommendation in a period for each KPI; `end`: its state at the period's end. */
export const RECOMMENDATION_KPI_DAY = {
  /** recommendations issued: "RecommendationIssued dated in the period" */
  recommendationsIssued: 'issued',
  /** recommendations implemented: "named by a ProcessTransformed dated in the period" (the earliest) */
  recommendationsImplemented: 'implemented',
  /** recommendations overdue: "at the end of the period: due date passed, not implemented, not rejected" */
  recommendationsOverdue: 'end',
  /** implementation rate: "of recommendations due in the period, the share implemented by now" */
  implementationRate: 'due',
  /** on-time rate: of the same, "implemented on or before the due date" */
  onTimeRate: 'due',
} as const satisfies Partial<Record<KpiName, 'issued' | 'implemented' | 'due' | 'end'>>;

export type RecommendationKpi = keyof typeof RECOMMENDATION_KPI_DAY;

export const isRecommendationKpi = (kpi: KpiName): kpi is RecommendationKpi =>
  Object.hasOwn(RECOMMENDATION_KPI_DAY, kpi);

/** implementation rate's numerator: implemented by now (or by asOf). */
export const isImplementedByNow = (implementedOn: number): boolean => implementedOn !== NO_DAY;

/** on-time rate's numerator: "implemented on or before the due date" (its latest one). */
export const isImplementedOnTime = (implementedOn: number, dueOn: number): boolean => implementedOn <= dueOn;

/**
 * Overdue at the end of the period: "due date before the period's end, not implemented by a
 * transformation dated on or before the end, and not rejected on or before the end".
 */
export const isOverdueAt = (end: number, dueOn: number, implementedOn: number, rejectedOn: number): boolean =>
  dueOn < end && implementedOn > end && rejectedOn > end;

/**
 * The same rule read the other way, for a query over many periods: the period ends at which a
 * recommendation is overdue run from the day after it fell due to the day before it was settled
 * (implemented or rejected, whichever came first); empty when first > last.
 */
export const firstEndOverdue = (dueOn: number): number => dueOn + 1;
export const lastEndOverdue = (implementedOn: number, rejectedOn: number): number =>
  Math.min(implementedOn, rejectedOn) - 1;
