import { NO_DAY } from '../fold/columns.ts';
import type { KpiName } from './measures.ts';

/**
 * The risk KPIs' rules, as the methodology states them (its table "The KPIs"). Days are day
 * numbers of business dates; a day that never came (not removed) is NO_DAY, after every real day.
 * Each KPI counts a risk in the period its day falls in (`RISK_KPI_DAY`), and the rules below
 * decide the rest. The engine's one scan over the risks (query/aggregate-risks.ts) and the
 * drill-down call them; reference/kpis.ts restates them plainly and a property test holds the
 * engine to it.
 */

/** The day that puts a risk in a period for each risk KPI; `end`: its state at the period's end. */
export const RISK_KPI_DAY = {
  /** risks identified: "risks whose RiskIdentified date falls in the period" */
  risksIdentified: 'identified',
  /** causes removed: "risks whose first eliminating ProcessTransformed date falls in the period" */
  causesRemoved: 'removed',
  /** removal rate: "of the risks identified in the period (the cohort), the share removed by now" */
  removalRate: 'identified',
  /** median / p90 days to removal: "over risks removed in the period" */
  medianDaysToRemoval: 'removed',
  p90DaysToRemoval: 'removed',
  /** open risks, and their age: "risks identified and not removed at the end of the period" */
  openRisks: 'end',
  openRisksAged0To30: 'end',
  openRisksAged31To90: 'end',
  openRisksAged91To180: 'end',
  openRisksAged181To365: 'end',
  openRisksAgedOver365: 'end',
  /** recurrence rate: "of the causes removed in the period, the share ..." */
  recurrenceRate: 'removed',
  /** coverage: "distinct organizations and processes with at least one risk identified in the period" */
  coverageOrganizations: 'identified',
  coverageProcesses: 'identified',
} as const satisfies Partial<Record<KpiName, 'identified' | 'removed' | 'end'>>;

export type RiskKpi = keyof typeof RISK_KPI_DAY;

export const isRiskKpi = (kpi: KpiName): kpi is RiskKpi => Object.hasOwn(RISK_KPI_DAY, kpi);

/** removal rate's numerator: of the cohort, the risks "removed by now (or by asOf)". */
export const isRemovedByNow = (removedOn: number): boolean => removedOn !== NO_DAY;

/** median / p90 days to removal: "days from identified to removed", whole calendar days. */
export const daysToRemoval = (identifiedOn: number, removedOn: number): number => removedOn - identifiedOn;

/** open risks: "identified and not removed at the end of the period" (the period ending on `end`). */
export const isOpenAt = (end: number, identifiedOn: number, removedOn: number): boolean =>
  identifiedOn <= end && removedOn > end;

/** An open risk's age at the period's end, in days. */
export const ageAt = (end: number, identifiedOn: number): number => end - identifiedOn;

/** open risks by age: "buckets 0-30, 31-90, 91-180, 181-365, >365 days", both ends included. */
export const OPEN_RISK_AGES = {
  openRisks: [0, Number.POSITIVE_INFINITY],
  openRisksAged0To30: [0, 30],
  openRisksAged31To90: [31, 90],
  openRisksAged91To180: [91, 180],
  openRisksAged181To365: [181, 365],
  openRisksAgedOver365: [366, Number.POSITIVE_INFINITY],
} as const satisfies Partial<Record<KpiName, readonly [number, number]>>;

export type OpenRiskKpi = keyof typeof OPEN_RISK_AGES;

export const isOpenRiskKpi = (kpi: KpiName): kpi is OpenRiskKpi => Object.hasOwn(OPEN_RISK_AGES, kpi);

export const isAgedWithin = (age: number, youngest: number, oldest: number): boolean =>
  age >= youngest && age <= oldest;

/**
 * The same rule read the other way, for a query over many periods: the period ends at which a risk
 * is open with an age in [youngest, oldest] run from the first to the last day below (empty when
 * first > last). Open at E with that age means identifiedOn + youngest <= E <= identifiedOn +
 * oldest, and E < removedOn.
 */
export const firstEndOpenAged = (identifiedOn: number, youngest: number): number => identifiedOn + youngest;
export const lastEndOpenAged = (identifiedOn: number, removedOn: number, oldest: number): number =>
  Math.min(identifiedOn + oldest, removedOn - 1);

/**
 * recurrence rate: "a later risk counts when its identified date is after the removal date and no
 * more than 365 days after it", in the same organization, process and cause category
 * (query/recurrence.ts finds it for every removed risk at once).
 */
export const RECURRENCE_WINDOW_DAYS = 365;

export const isRecurrence = (removedOn: number, laterIdentifiedOn: number): boolean =>
  laterIdentifiedOn > removedOn && laterIdentifiedOn <= removedOn + RECURRENCE_WINDOW_DAYS;
