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

/** Median and p90 of the values of each cell: packs (cell, value) into one sortable number. */
export const quantilesPerCell = (
  cells: number,
  cellOf: readonly number[],
  valuesOf: readonly number[],
): [Float64Array, Float64Array] => {
  const med = new Float64Array(cells).fill(Number.NaN);
  const q90 = new Float64Array(cells).fill(Number.NaN);
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
