/** No chart draws more than this many points per series: Recharts slows past it, and eyes see no more. */
export const MAX_POINTS_PER_SERIES = 2_000;

/**
 * Reduces an ordered series to at most `max` points by largest-triangle-three-buckets: the first
 * and last points stay, and each bucket keeps the point that best preserves the line's shape, so
 * peaks and troughs survive where plain striding would drop them. Null values are kept as gaps.
 */
export const downsample = <T>(
  points: readonly T[],
  value: (p: T) => number | null,
  max = MAX_POINTS_PER_SERIES,
): T[] => {
  if (points.length <= max) return [...points];
  if (max < 3) return points.slice(0, Math.max(max, 0));
  const result: T[] = [points[0]!];
  const bucketSize = (points.length - 2) / (max - 2);
  let previous = 0;
  for (let b = 0; b < max - 2; b++) {
    const start = Math.floor(b * bucketSize) + 1;
    const end = Math.min(Math.floor((b + 1) * bucketSize) + 1, points.length - 1);
    const nextStart = end;
    const nextEnd = Math.min(Math.floor((b + 2) * bucketSize) + 1, points.length);
    let avgX = 0;
    let avgY = 0;
    let n = 0;
    for (let i = nextStart; i < nextEnd; i++) {
      const v = value(points[i]!);
      if (v === null) continue;
      avgX += i;
      avgY += v;
      n++;
    }
    if (n > 0) {
      avgX /= n;
      avgY /= n;
    } else {
      avgX = nextStart;
    }
    const prevY = value(points[previous]!) ?? 0;
    let chosen = start;
    let largest = -1;
    for (let i = start; i < end; i++) {
      const v = value(points[i]!);
      const area =
        v === null ? 0 : Math.abs((previous - avgX) * (v - prevY) - (previous - i) * (avgY - prevY));
      if (area > largest) {
        largest = area;
        chosen = i;
      }
    }
    result.push(points[chosen]!);
    previous = chosen;
  }
  result.push(points[points.length - 1]!);
  return result;
};
