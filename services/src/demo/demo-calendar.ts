import { ALMATY_UTC_OFFSET_MINUTES, dayNumber, fromDayNumber } from '@kpi/schema';
import type { Prng } from './prng.ts';

const DAY_MS = 86_400_000;

/**
 * Work follows the calendar: fewer findings in January (holidays) and August (leave), a push
 * before the year's end, little at weekends. Index 0 is January.
 */
const MONTH_WEIGHTS = [0.55, 0.95, 1.05, 1.05, 1.0, 0.95, 0.85, 0.55, 1.0, 1.1, 1.15, 1.2] as const;
const MAX_WEIGHT = 1.2;

/** 1970-01-01 was a Thursday; 0 is Sunday. */
const weekday = (day: number) => (day + 4) % 7;

/** A business day in [first, last], drawn with the seasonality above. */
export const sampleBusinessDay = (prng: Prng, first: number, last: number): number => {
  for (;;) {
    const day = prng.int(first, last);
    const month = Number(fromDayNumber(day).slice(5, 7)) - 1;
    const weekend = weekday(day) === 0 || weekday(day) === 6;
    const weight = MONTH_WEIGHTS[month]! * (weekend ? 0.1 : 1);
    if (prng.next() * MAX_WEIGHT < weight) return day;
  }
};

/** An instant during office hours in Almaty (09:00-18:00), `delayDays` after a business day. */
export const officeInstant = (prng: Prng, day: number, delayDays: number): number =>
  (day + delayDays) * DAY_MS -
  ALMATY_UTC_OFFSET_MINUTES * 60_000 +
  (9 * 60 + prng.int(0, 9 * 60 - 1)) * 60_000;

export const toDate = (day: number): string => fromDayNumber(day);

export const almatyDayOf = (instant: number): number =>
  Math.floor((instant + ALMATY_UTC_OFFSET_MINUTES * 60_000) / DAY_MS);

export { dayNumber };
