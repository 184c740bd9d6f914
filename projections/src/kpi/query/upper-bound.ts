/** The first index among the first `n` of ascending `values` holding a value greater than `key`. */
export const upperBound = (values: Float64Array, key: number, n = values.length): number => {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (values[mid]! <= key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
};
