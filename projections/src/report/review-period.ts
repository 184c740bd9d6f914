import { REVIEW_PERIOD_HINT, REVIEW_PERIOD_PATTERN } from '@kpi/schema';
import { KpiQueryError } from '../kpi/index.ts';

/** A review period's days, both ends included, `YYYY-MM-DD`. */
export interface ReviewRange {
  readonly from: string;
  readonly to: string;
}

const pad = (n: number) => String(n).padStart(2, '0');
const lastDayOfMonth = (year: number, month: number): number =>
  new Date(Date.UTC(year, month, 0)).getUTCDate();

/** The months (1..12) a review period spans, first and last, and its year. */
const monthsOf = (period: string): { year: number; first: number; last: number } => {
  if (!REVIEW_PERIOD_PATTERN.test(period))
    throw new KpiQueryError('INVALID_PERIOD', 'period', REVIEW_PERIOD_HINT);
  const year = Number(period.slice(0, 4));
  const rest = period.slice(5);
  if (rest === '') return { year, first: 1, last: 12 };
  if (rest.startsWith('Q')) return { year, first: 3 * Number(rest[1]) - 2, last: 3 * Number(rest[1]) };
  if (rest.startsWith('T')) return { year, first: 4 * Number(rest[1]) - 3, last: 4 * Number(rest[1]) };
  return { year, first: Number(rest), last: Number(rest) };
};

/** The days of a year (`2026`), a third (`2026-T2`), a quarter (`2026-Q2`) or a month (`2026-03`). */
export const reviewRange = (period: string): ReviewRange => {
  const { year, first, last } = monthsOf(period);
  return { from: `${year}-${pad(first)}-01`, to: `${year}-${pad(last)}-${pad(lastDayOfMonth(year, last))}` };
};

/** The period of the same kind just before: 2026-Q1 -> 2025-Q4, 2026-03 -> 2026-02, 2026 -> 2025. */
export const previousReviewPeriod = (period: string): string => {
  const year = Number(period.slice(0, 4));
  const rest = period.slice(5);
  if (rest === '') return String(year - 1);
  const kind = rest[0] === 'Q' || rest[0] === 'T' ? rest[0] : '';
  const index = Number(kind === '' ? rest : rest.slice(1));
  const count = kind === 'Q' ? 4 : kind === 'T' ? 3 : 12;
  const [y, i] = index === 1 ? [year - 1, count] : [year, index - 1];
  return kind === '' ? `${y}-${pad(i)}` : `${y}-${kind}${i}`;
};

/**
 * The target periods that hold a review period: the chair sets targets for years and quarters,
 * so a quarter's report shows the quarter's targets, a month's those of its quarter, a third's
 * and a year's those of the year.
 */
export const targetPeriodOf = (period: string): string => {
  const { year, first } = monthsOf(period);
  const rest = period.slice(5);
  if (rest === '' || rest.startsWith('T')) return String(year);
  return `${year}-Q${Math.ceil(first / 3)}`;
};
