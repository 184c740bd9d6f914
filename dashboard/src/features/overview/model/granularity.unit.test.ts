import { describe, expect, it } from 'vitest';
import { capPoints, granularityFor, MAX_POINTS } from './granularity.ts';

describe('points per series', () => {
  it('chooses a granularity by the length of the period', () => {
    expect(granularityFor('2026-03-01', '2026-03-31')).toBe('day');
    expect(granularityFor('2026-01-01', '2026-03-31')).toBe('week');
    expect(granularityFor('2025-06-01', '2026-05-31')).toBe('month');
    expect(granularityFor('2018-01-01', '2026-12-31')).toBe('quarter');
    expect(granularityFor('2000-01-01', '2026-12-31')).toBe('year');
  });

  it('never hands a chart more than 2,000 points, summing counts and averaging rates', () => {
    const points = Array.from({ length: 5001 }, (_, i) => ({
      start: `d${i}`,
      end: `d${i}`,
      values: { causesRemoved: 1, removalRate: i % 2 === 0 ? 0.5 : null },
    }));
    const capped = capPoints(points, new Set(['causesRemoved']));
    expect(capped.length).toBeLessThanOrEqual(MAX_POINTS);
    expect(capped.reduce((sum, p) => sum + (p.values.causesRemoved ?? 0), 0)).toBe(5001);
    expect(capped[0]!.values.removalRate).toBe(0.5);
    expect(capped[0]!.start).toBe('d0');
    expect(capped.at(-1)!.end).toBe('d5000');
  });

  it('leaves a short series untouched', () => {
    const points = [{ start: 'a', end: 'a', values: { x: 1 } }];
    expect(capPoints(points, new Set())).toEqual(points);
  });
});
