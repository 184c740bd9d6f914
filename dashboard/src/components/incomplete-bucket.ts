/** The key of a series' dashed stretch into an incomplete bucket. */
export const openKey = (key: string) => `${key}~open`;

/**
 * An incomplete bucket (the running month) read as a solid line falls off a cliff. Its values move
 * to a second, dashed series that starts at the last complete neighbour, so the line goes on
 * dashed instead of solid. Shared by every chart that draws time buckets.
 */
export const splitIncomplete = <P extends Readonly<Record<string, unknown>>>(
  points: readonly P[],
  keys: readonly string[],
  isOpen: (point: P) => boolean,
): P[] => {
  const open = points.map(isOpen);
  if (!open.includes(true)) return [...points];
  return points.map((p, i) => {
    const point: Record<string, unknown> = { ...p };
    const touchesOpen = open[i] || open[i - 1] === true || open[i + 1] === true;
    for (const key of keys) {
      point[openKey(key)] = touchesOpen ? (p[key] ?? null) : null;
      if (open[i]) point[key] = null;
    }
    return point as P;
  });
};
