/**
 * Median (the mean of the two middle values over an even count) and p90 (nearest rank: the value
 * at rank ceil(0.9 n) in ascending order) of a list; null (NaN here) for an empty one.
 */
export const median = (sorted: ArrayLike<number>): number => {
  const n = sorted.length;
  if (n === 0) return Number.NaN;
  const mid = n >> 1;
  return n % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

export const p90 = (sorted: ArrayLike<number>): number =>
  sorted.length === 0 ? Number.NaN : sorted[Math.ceil(0.9 * sorted.length) - 1]!;

const VALUE_OFFSET = 131_072;
const VALUE_SPAN = 262_144;

/** The value at 1-based rank `rank` of a cell's histogram `counts[from..from+span)` (values offset by `low`). */
const valueAtRank = (counts: Int32Array, from: number, span: number, low: number, rank: number): number => {
  let seen = 0;
  for (let v = 0; v < span; v++) {
    seen += counts[from + v]!;
    if (seen >= rank) return low + v;
  }
  return Number.NaN;
};

/**
 * Median and p90 of the values of each cell. Days are small whole numbers, so a histogram per
 * cell replaces sorting when it fits; otherwise (cell, value) pairs are packed into one sortable
 * number and sorted.
 */
export const quantilesPerCell = (
  cells: number,
  cellOf: readonly number[],
  valuesOf: readonly number[],
): [Float64Array, Float64Array] => {
  const med = new Float64Array(cells).fill(Number.NaN);
  const q90 = new Float64Array(cells).fill(Number.NaN);
  if (cellOf.length === 0) return [med, q90];
  let low = Number.POSITIVE_INFINITY;
  let high = Number.NEGATIVE_INFINITY;
  for (const v of valuesOf) {
    if (v < low) low = v;
    if (v > high) high = v;
  }
  const span = high - low + 1;
  if (cells * span <= 4_000_000) {
    const counts = new Int32Array(cells * span);
    const sizes = new Int32Array(cells);
    for (let k = 0; k < cellOf.length; k++) {
      counts[cellOf[k]! * span + valuesOf[k]! - low]!++;
      sizes[cellOf[k]!]!++;
    }
    for (let cell = 0; cell < cells; cell++) {
      const n = sizes[cell]!;
      if (n === 0) continue;
      const from = cell * span;
      const mid = valueAtRank(counts, from, span, low, Math.floor((n + 1) / 2));
      med[cell] = n % 2 === 1 ? mid : (mid + valueAtRank(counts, from, span, low, n / 2 + 1)) / 2;
      q90[cell] = valueAtRank(counts, from, span, low, Math.ceil(0.9 * n));
    }
    return [med, q90];
  }
  const keys = new Float64Array(cellOf.length);
  for (let k = 0; k < keys.length; k++) keys[k] = cellOf[k]! * VALUE_SPAN + valuesOf[k]! + VALUE_OFFSET;
  keys.sort();
  for (let start = 0; start < keys.length; ) {
    const cell = Math.floor(keys[start]! / VALUE_SPAN);
    let end = start;
    while (end < keys.length && Math.floor(keys[end]! / VALUE_SPAN) === cell) end++;
    const sorted = keys.subarray(start, end).map((key) => key - cell * VALUE_SPAN - VALUE_OFFSET);
    med[cell] = median(sorted);
    q90[cell] = p90(sorted);
    start = end;
  }
  return [med, q90];
};

/** Distinct ids per cell. */
export const distinctPerCell = (
  cells: number,
  cellOf: readonly number[],
  idOf: readonly number[],
  ids: number,
): Float64Array => {
  const out = new Float64Array(cells);
  if (cells * ids <= 16_000_000) {
    const seen = new Uint8Array(cells * ids);
    for (let k = 0; k < cellOf.length; k++) {
      const slot = cellOf[k]! * ids + idOf[k]!;
      if (seen[slot] === 0) {
        seen[slot] = 1;
        out[cellOf[k]!]!++;
      }
    }
    return out;
  }
  const keys = new Float64Array(cellOf.length);
  for (let k = 0; k < keys.length; k++) keys[k] = cellOf[k]! * ids + idOf[k]!;
  keys.sort();
  for (let k = 0; k < keys.length; k++) {
    if (k > 0 && keys[k] === keys[k - 1]) continue;
    out[Math.floor(keys[k]! / ids)]!++;
  }
  return out;
};
