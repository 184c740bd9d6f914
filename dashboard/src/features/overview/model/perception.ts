import type { RegionRow } from './kpi-view.ts';

/** A region's latest perception survey (citizens) in the period. */
export interface RegionPerception {
  readonly unit: string;
  readonly perceptionIndex: number;
  readonly facedCorruptionShare: number;
  readonly conductedOn: string;
}

export interface PerceptionLine {
  readonly region: string;
  readonly causesRemoved: number | null;
  readonly perception: RegionPerception | null;
}

/**
 * Each region beside its causes removed and its latest perception survey: the regions of the
 * league, and any region surveyed but absent from it; by perception index, highest first, then
 * those without a survey by causes removed. The country-wide row (KZ) is not a region's.
 */
export const perceptionLines = (
  league: readonly RegionRow[],
  surveys: readonly RegionPerception[],
): PerceptionLine[] => {
  const byRegion = new Map(surveys.filter((s) => s.unit !== 'KZ').map((s) => [s.unit, s]));
  const regions = new Set([...league.map((r) => r.region), ...byRegion.keys()]);
  const removed = new Map(league.map((r) => [r.region, r.values.causesRemoved ?? null]));
  return [...regions]
    .map((region) => ({
      region,
      causesRemoved: removed.get(region) ?? null,
      perception: byRegion.get(region) ?? null,
    }))
    .sort(
      (a, b) =>
        (b.perception?.perceptionIndex ?? -1) - (a.perception?.perceptionIndex ?? -1) ||
        (b.causesRemoved ?? -1) - (a.causesRemoved ?? -1) ||
        a.region.localeCompare(b.region),
    );
};
