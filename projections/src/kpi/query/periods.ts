import { fromDayNumber } from '@kpi/schema';
import { parseDay } from '../fold/columns.ts';

/**
 * Periods are inclusive ranges of business days. A series covers whole calendar buckets (ISO
 * weeks start on Monday): the period is widened to the first bucket's start and the last
 * bucket's end, so every point means the same length of time as its neighbours.
 */
export const GRANULARITIES = ['day', 'week', 'month', 'quarter', 'year'] as const;
export type Granularity = (typeof GRANULARITIES)[number];

export interface DayRange {
  readonly from: number;
  readonly to: number;
}

const ymd = (day: number): [number, number, number] => {
  const s = fromDayNumber(day);
  return [Number(s.slice(0, 4)), Number(s.slice(5, 7)), Number(s.slice(8, 10))];
};

const dayOf = (y: number, m: number, d: number): number =>
  parseDay(`${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);

const daysInMonth = (y: number, m: number): number => new Date(Date.UTC(y, m, 0)).getUTCDate();

/** The same calendar day a year earlier; 29 February becomes 28 February. */
export const yearEarlierDay = (day: number): number => {
  const [y, m, d] = ymd(day);
  return dayOf(y - 1, m, Math.min(d, daysInMonth(y - 1, m)));
};

/** Monday = 0. Day 0 (1970-01-01) was a Thursday. */
const weekday = (day: number): number => (((day + 3) % 7) + 7) % 7;

const isoWeekYear = (weekStart: number): number => ymd(weekStart + 3)[0];

const isoWeek1Start = (year: number): number => {
  const jan4 = dayOf(year, 1, 4);
  return jan4 - weekday(jan4);
};

const isoWeeksIn = (year: number): number => (isoWeek1Start(year + 1) - isoWeek1Start(year)) / 7;

export const bucketStart = (day: number, g: Granularity): number => {
  if (g === 'day') return day;
  if (g === 'week') return day - weekday(day);
  const [y, m] = ymd(day);
  if (g === 'month') return dayOf(y, m, 1);
  if (g === 'quarter') return dayOf(y, m - ((m - 1) % 3), 1);
  return dayOf(y, 1, 1);
};

export const nextBucketStart = (start: number, g: Granularity): number => {
  if (g === 'day') return start + 1;
  if (g === 'week') return start + 7;
  const [y, m] = ymd(start);
  if (g === 'month') return m === 12 ? dayOf(y + 1, 1, 1) : dayOf(y, m + 1, 1);
  if (g === 'quarter') return m >= 10 ? dayOf(y + 1, 1, 1) : dayOf(y, m + 3, 1);
  return dayOf(y + 1, 1, 1);
};

/** The same bucket a year earlier: the same date, month, quarter or year; ISO week N of the year before (52 when it has no 53rd). */
export const yearEarlierBucketStart = (start: number, g: Granularity): number => {
  if (g === 'week') {
    const year = isoWeekYear(start);
    const week = (start - isoWeek1Start(year)) / 7 + 1;
    return isoWeek1Start(year - 1) + (Math.min(week, isoWeeksIn(year - 1)) - 1) * 7;
  }
  if (g === 'day') return yearEarlierDay(start);
  const [y, m] = ymd(start);
  return dayOf(y - 1, m, 1);
};

export const bucketLabel = (start: number, g: Granularity): string => {
  const date = fromDayNumber(start);
  if (g === 'day') return date;
  if (g === 'month') return date.slice(0, 7);
  if (g === 'year') return date.slice(0, 4);
  if (g === 'quarter') return `${date.slice(0, 4)}-Q${Math.floor((Number(date.slice(5, 7)) - 1) / 3) + 1}`;
  const year = isoWeekYear(start);
  const week = (start - isoWeek1Start(year)) / 7 + 1;
  return `${year}-W${String(week).padStart(2, '0')}`;
};

/** Whole buckets from the one holding `from` to the one holding `to`; at most `max` of them, else null. */
export const bucketsCovering = (range: DayRange, g: Granularity, max: number): DayRange[] | null => {
  const buckets: DayRange[] = [];
  for (let start = bucketStart(range.from, g); start <= range.to; ) {
    if (buckets.length === max) return null;
    const next = nextBucketStart(start, g);
    buckets.push({ from: start, to: next - 1 });
    start = next;
  }
  return buckets;
};

/** The previous period (the same length, immediately before) and the same period a year earlier. */
export const comparisons = (range: DayRange): { previous: DayRange; yearEarlier: DayRange } => {
  const length = range.to - range.from + 1;
  return {
    previous: { from: range.from - length, to: range.from - 1 },
    yearEarlier: { from: yearEarlierDay(range.from), to: yearEarlierDay(range.to) },
  };
};
