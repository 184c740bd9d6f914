/** Typed-array columns grown by doubling: the read model is columnar so a query is one scan. */
export type Column = Uint8Array | Int8Array | Uint16Array | Int32Array | Float64Array;

/** "Never" in a day column: after every real day, so `day <= end` is false for it. */
export const NO_DAY = 2_147_483_647;

export const grow = <C extends Column>(column: C, capacity: number, fill?: number): C => {
  if (column.length >= capacity) return column;
  let size = Math.max(16, column.length);
  while (size < capacity) size *= 2;
  const next = new (column.constructor as new (n: number) => C)(size);
  next.set(column);
  if (fill !== undefined) next.fill(fill, column.length);
  return next;
};

const CUMULATIVE_DAYS = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334];

const digit = (s: string, i: number): number => s.charCodeAt(i) - 48;

/** Days since 1970-01-01 of `YYYY-MM-DD`, without building a Date (the fold parses millions). */
export const parseDay = (date: string): number => {
  const y = digit(date, 0) * 1000 + digit(date, 1) * 100 + digit(date, 2) * 10 + digit(date, 3);
  const m = digit(date, 5) * 10 + digit(date, 6);
  const d = digit(date, 8) * 10 + digit(date, 9);
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  const yy = y - 1;
  const daysBeforeYear =
    yy * 365 + Math.floor(yy / 4) - Math.floor(yy / 100) + Math.floor(yy / 400) - 719_162;
  return daysBeforeYear + (CUMULATIVE_DAYS[m - 1] ?? 0) + (leap && m > 2 ? 1 : 0) + d - 1;
};

const UTC_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/;

/** Milliseconds since the epoch of an ISO 8601 instant; the common `...Z` form is parsed by hand. */
export const parseInstant = (instant: string): number => {
  if (!UTC_INSTANT.test(instant)) {
    const ms = Date.parse(instant);
    if (Number.isNaN(ms)) throw new Error(`not an ISO 8601 instant: ${instant}`);
    return ms;
  }
  const day = parseDay(instant);
  const h = digit(instant, 11) * 10 + digit(instant, 12);
  const mi = digit(instant, 14) * 10 + digit(instant, 15);
  const s = digit(instant, 17) * 10 + digit(instant, 18);
  let ms = 0;
  // Fraction digits by hand (no substring per event): .5 is 500 ms, .12 is 120 ms.
  for (let k = 20, scale = 100; k < instant.length - 1; k++, scale /= 10) ms += digit(instant, k) * scale;
  return day * 86_400_000 + h * 3_600_000 + mi * 60_000 + s * 1000 + ms;
};
