import type { RegionRow } from './kpi-view.ts';

/** A region's change in the citizens' perception index over the period, as the server computed it. */
export interface RegionPerceptionChange {
  readonly unit: string;
  readonly change: number | null;
  readonly before: { readonly perceptionIndex: number; readonly conductedOn: string } | null;
  readonly latest: { readonly perceptionIndex: number; readonly conductedOn: string } | null;
}

/** One region of the outcome chart: the work (causes removed) and its outcome (change in perception). */
export interface OutcomePoint {
  readonly region: string;
  readonly causesRemoved: number;
  readonly change: number | null;
  readonly before: number | null;
  readonly latest: number | null;
}

export interface OutcomePoints {
  /** Regions with a survey before the period and one in it: drawn. */
  readonly drawn: OutcomePoint[];
  /** Regions surveyed on one side only: listed as no change measurable, never drawn at 0. */
  readonly unmeasurable: OutcomePoint[];
}

/**
 * The league's causes removed beside each surveyed region's change in perception; a region the
 * league does not list (none removed, or filtered out) counts 0 causes removed.
 */
export const outcomePoints = (
  league: readonly RegionRow[],
  changes: readonly RegionPerceptionChange[],
): OutcomePoints => {
  const removed = new Map(league.map((r) => [r.region, r.values.causesRemoved ?? 0]));
  const points = changes
    .filter((c) => c.unit !== 'KZ')
    .map(
      (c): OutcomePoint => ({
        region: c.unit,
        causesRemoved: removed.get(c.unit) ?? 0,
        change: c.change,
        before: c.before?.perceptionIndex ?? null,
        latest: c.latest?.perceptionIndex ?? null,
      }),
    )
    .sort((a, b) => (b.change ?? 0) - (a.change ?? 0) || a.region.localeCompare(b.region));
  return {
    drawn: points.filter((p) => p.change !== null),
    unmeasurable: points.filter((p) => p.change === null),
  };
};

/** The axes' extents: x from 0, y symmetric around 0 so a rise and a fall read alike. */
export const outcomeScale = (points: readonly OutcomePoint[]): { xMax: number; yMax: number } => ({
  xMax: Math.max(1, ...points.map((p) => p.causesRemoved)),
  yMax: Math.max(1, ...points.map((p) => Math.abs(p.change ?? 0))),
});
