import type { RegionPerception } from './perception.ts';
import { type OverviewTarget, type TargetStatus, targetFor } from './targets.ts';

/** What colours the map's tiles: the KPI's value, its target's status, or the perception index. */
export const MAP_COLOURINGS = ['value', 'target', 'perception'] as const;
export type MapColouring = (typeof MAP_COLOURINGS)[number];

/** A region's standing against its target: a status, a target without one yet, or no target. */
export type TileStanding = TargetStatus | 'NO_STATUS' | 'NO_TARGET';
export const TILE_STANDINGS: readonly TileStanding[] = [
  'MET',
  'AT_RISK',
  'OFF_TRACK',
  'NO_STATUS',
  'NO_TARGET',
];

/**
 * Each region's standing against its target for `kpi` on `day` (the period's last day, as the
 * cards read it): the quarter's target before the year's, its status as judged at `asOf` or today.
 */
export const standingByRegion = (
  targets: readonly OverviewTarget[],
  kpi: string,
  regions: readonly string[],
  day: string,
): Readonly<Record<string, TileStanding>> =>
  Object.fromEntries(
    regions.map((region) => {
      const target = targetFor(targets, kpi, region, day);
      return [region, target === null ? 'NO_TARGET' : (target.status ?? 'NO_STATUS')];
    }),
  );

/** Each region's latest citizens' perception index in the period; the country-wide survey is no tile. */
export const perceptionByRegion = (surveys: readonly RegionPerception[]): ReadonlyMap<string, number> =>
  new Map(surveys.filter((s) => s.unit !== 'KZ').map((s) => [s.unit, s.perceptionIndex]));

/**
 * Which of `classes` shades a region's value falls in, between the lowest and highest region; null
 * when every region has the same value (an empty period: all zero). A ramp without a spread would
 * paint every tile one mid-blue and suggest a level the figures do not show.
 */
export const shadeOf = (value: number, min: number, max: number, classes: number): number | null =>
  max === min ? null : Math.min(classes - 1, Math.floor(((value - min) / (max - min)) * classes));
