import { describe, expect, it } from 'vitest';
import { downsample, MAX_POINTS_PER_SERIES } from './downsample.ts';

describe('downsampling a series', () => {
  it('leaves a short series untouched', () => {
    const points = [1, 5, 2, 8];
    expect(downsample(points, (p) => p)).toEqual(points);
  });

  it('keeps at most 2,000 points, the first and the last, in order', () => {
    const points = Array.from({ length: 10_000 }, (_, i) => ({ x: i, y: Math.sin(i / 50) }));
    const reduced = downsample(points, (p) => p.y);
    expect(reduced).toHaveLength(MAX_POINTS_PER_SERIES);
    expect(reduced[0]).toBe(points[0]);
    expect(reduced.at(-1)).toBe(points.at(-1));
    const xs = reduced.map((p) => p.x);
    expect(xs).toEqual([...xs].sort((a, b) => a - b));
  });

  it('keeps a lone peak that plain striding would skip', () => {
    const points = Array.from({ length: 5_000 }, (_, i) => ({ x: i, y: i === 2_501 ? 1_000 : 0 }));
    const reduced = downsample(points, (p) => p.y, 100);
    expect(reduced.some((p) => p.y === 1_000)).toBe(true);
  });
});
