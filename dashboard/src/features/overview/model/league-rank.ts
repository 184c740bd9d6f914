import type { RegionRow } from './kpi-view.ts';

/**
 * Each region's place by one KPI, best first ("best" is up or down by the KPI): regions with the
 * same value share a place (1, 2, 2, 4), so a tie never reads as a move. A region with no value
 * has no place.
 */
export const ranksBy = (
  rows: readonly RegionRow[],
  kpi: string,
  better: 'up' | 'down',
): ReadonlyMap<string, number> => {
  const valued = rows.flatMap((row) => {
    const value = row.values[kpi];
    return value === null || value === undefined ? [] : [{ region: row.region, value }];
  });
  const ordered = valued.sort((a, b) => (better === 'up' ? b.value - a.value : a.value - b.value));
  const ranks = new Map<string, number>();
  ordered.forEach((entry, index) => {
    const previous = ordered[index - 1];
    ranks.set(
      entry.region,
      previous && previous.value === entry.value ? ranks.get(previous.region)! : index + 1,
    );
  });
  return ranks;
};

/** Places climbed since the previous period: 3 is up three, -2 down two; null when either is unranked. */
export const movementOf = (
  current: ReadonlyMap<string, number>,
  previous: ReadonlyMap<string, number> | null,
  region: string,
): number | null => {
  const now = current.get(region);
  const before = previous?.get(region);
  return now === undefined || before === undefined ? null : before - now;
};
