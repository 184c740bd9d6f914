import { almatyDate, REPORT_CADENCES, type ReportCadence } from '@kpi/schema';
import { previousReviewPeriod, reviewRange } from './review-period.ts';

/** Is this one of the cadences a report schedule keeps (after each month, quarter or third)? */
export const isReportCadence = (value: unknown): value is ReportCadence =>
  typeof value === 'string' && (REPORT_CADENCES as readonly string[]).includes(value);

const pad = (n: number) => String(n).padStart(2, '0');

/** The period of the cadence that holds an Almaty calendar day: 2026-05-14 -> 2026-05, 2026-Q2, 2026-T2. */
export const cadencePeriodOf = (cadence: ReportCadence, day: string): string => {
  const year = day.slice(0, 4);
  const month = Number(day.slice(5, 7));
  if (cadence === 'MONTHLY') return `${year}-${pad(month)}`;
  if (cadence === 'QUARTERLY') return `${year}-Q${Math.ceil(month / 3)}`;
  return `${year}-T${Math.ceil(month / 4)}`;
};

/**
 * The last period of the cadence that had closed at `now`: a period closes at the end of its last
 * day in Almaty, so on 2026-04-01 (Almaty) the quarter due is 2026-Q1. Pure: the caller passes now.
 */
export const lastClosedPeriod = (cadence: ReportCadence, now: Date): string =>
  previousReviewPeriod(cadencePeriodOf(cadence, almatyDate(now)));

/**
 * The instant a period is reported "as known on": the last millisecond of its last day in Almaty.
 * A report read at this instant never changes when late submissions are recorded afterwards.
 */
export const periodClosingInstant = (period: string): string =>
  new Date(`${reviewRange(period).to}T23:59:59.999+05:00`).toISOString();
