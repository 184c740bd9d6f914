import { describe, expect, it } from 'vitest';
import type { RegionRow } from './kpi-view.ts';
import { outcomePoints, outcomeScale } from './outcome-points.ts';

const league = (values: Record<string, number | null>): RegionRow[] =>
  Object.entries(values).map(
    ([region, causesRemoved]) => ({ region, values: { causesRemoved } }) as RegionRow,
  );
const change = (unit: string, before: number | null, latest: number | null) => ({
  unit,
  change: before !== null && latest !== null ? latest - before : null,
  before: before === null ? null : { perceptionIndex: before, conductedOn: '2025-11-01' },
  latest: latest === null ? null : { perceptionIndex: latest, conductedOn: '2026-05-01' },
});

describe('outcomePoints', () => {
  it('draws regions with two surveys and lists the others as no change measurable', () => {
    const points = outcomePoints(league({ 'KZ-15': 12, 'KZ-71': 3, 'KZ-75': 7 }), [
      change('KZ-15', 55, 61),
      change('KZ-71', null, 70),
      change('KZ-75', 64, 60),
      change('KZ', 50, 52),
    ]);
    expect(points.drawn.map((p) => [p.region, p.causesRemoved, p.change])).toEqual([
      ['KZ-15', 12, 6],
      ['KZ-75', 7, -4],
    ]);
    expect(points.unmeasurable).toEqual([
      { region: 'KZ-71', causesRemoved: 3, change: null, before: null, latest: 70 },
    ]);
  });

  it('counts a region absent from the league (nothing removed) as 0 causes removed', () => {
    const points = outcomePoints(league({}), [change('KZ-15', 55, 50)]);
    expect(points.drawn[0]).toMatchObject({ causesRemoved: 0, change: -5 });
  });

  it('scales y symmetrically around zero and never to an empty range', () => {
    expect(outcomeScale([])).toEqual({ xMax: 1, yMax: 1 });
    const points = outcomePoints(league({ 'KZ-15': 12 }), [
      change('KZ-15', 61, 52.5),
      change('KZ-75', 60, 62),
    ]);
    expect(outcomeScale(points.drawn)).toEqual({ xMax: 12, yMax: 8.5 });
  });
});
