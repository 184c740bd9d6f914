import { describe, expect, it } from 'vitest';
import { openKey, splitIncomplete } from './incomplete-bucket.ts';

describe('an incomplete time bucket', () => {
  const points = [
    { month: '2026-10', a: 10 },
    { month: '2026-11', a: 12 },
    { month: '2026-12', a: 2 },
  ];

  it('moves to a dashed stretch that starts at its last complete neighbour', () => {
    const split = splitIncomplete(points, ['a'], (p) => p.month === '2026-12');
    expect(split.map((p) => p.a)).toEqual([10, 12, null]);
    expect(split.map((p) => (p as Record<string, unknown>)[openKey('a')])).toEqual([null, 12, 2]);
  });

  it('leaves complete buckets as they are', () => {
    expect(splitIncomplete(points, ['a'], () => false)).toEqual(points);
  });
});
