/**
 * Business dates are calendar days in Asia/Almaty written `YYYY-MM-DD`. Kazakhstan keeps one
 * time zone, UTC+5, with no daylight saving since 2024; these helpers work on the calendar only
 * and take "now" as an argument, so that nothing here reads a clock.
 */
export const ALMATY_UTC_OFFSET_MINUTES = 5 * 60;

const DAY_MS = 86_400_000;

/** The calendar day in Asia/Almaty at an instant. */
export const almatyDate = (instant: Date): string =>
  new Date(instant.getTime() + ALMATY_UTC_OFFSET_MINUTES * 60_000).toISOString().slice(0, 10);

/** Days since 1970-01-01 of a `YYYY-MM-DD` calendar date. */
export const dayNumber = (date: string): number => Date.parse(`${date}T00:00:00Z`) / DAY_MS;

export const fromDayNumber = (day: number): string => new Date(day * DAY_MS).toISOString().slice(0, 10);

/** Whole calendar days from `from` to `to` (negative when `to` is earlier). */
export const daysBetween = (from: string, to: string): number => dayNumber(to) - dayNumber(from);

export const addDays = (date: string, days: number): string => fromDayNumber(dayNumber(date) + days);
