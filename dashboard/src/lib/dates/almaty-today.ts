/**
 * Today's calendar day in Asia/Almaty, where business dates live: UTC+5 with no daylight saving
 * (one zone for all Kazakhstan since March 2024). Computed by the offset rather than by
 * `Intl.DateTimeFormat` with a time zone, whose first use loads the zone data and cost about
 * 100 ms on the overview's first load, before its first questions could leave.
 */
export const almatyToday = (now: Date = new Date()): string =>
  new Date(now.getTime() + 5 * 3_600_000).toISOString().slice(0, 10);
