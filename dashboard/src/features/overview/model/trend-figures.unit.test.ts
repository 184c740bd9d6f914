import { describe, expect, it } from 'vitest';
import { hasFigures } from './trend-figures.ts';

const point = (start: string, values: Record<string, number | null>) => ({ start, end: start, values });

describe('whether a trend chart has figures to draw', () => {
  it('has none for no buckets, or buckets of zeros and missing values', () => {
    expect(hasFigures([], ['causesRemoved'])).toBe(false);
    expect(
      hasFigures(
        [point('2020-01-01', { causesRemoved: 0, removalRate: null }), point('2020-02-01', {})],
        ['causesRemoved', 'removalRate'],
      ),
    ).toBe(false);
  });

  it('has some once one of its KPIs is non-zero in one bucket, negative included', () => {
    const points = [point('2026-01-01', { causesRemoved: 0 }), point('2026-02-01', { causesRemoved: 3 })];
    expect(hasFigures(points, ['causesRemoved'])).toBe(true);
    expect(hasFigures([point('2026-01-01', { gap: -2 })], ['gap'])).toBe(true);
  });

  it('looks only at the KPIs the chart draws', () => {
    const points = [point('2026-01-01', { causesRemoved: 0, risksIdentified: 5 })];
    expect(hasFigures(points, ['causesRemoved'])).toBe(false);
  });
});
