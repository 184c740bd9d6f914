import { describe, expect, it } from 'vitest';
import { Prng } from './prng.ts';

describe('seeded generator', () => {
  it('gives the same sequence for the same seed and another for another seed', () => {
    const a = new Prng(42);
    const b = new Prng(42);
    const c = new Prng(43);
    const first = Array.from({ length: 5 }, () => a.next());
    expect(Array.from({ length: 5 }, () => b.next())).toEqual(first);
    expect(Array.from({ length: 5 }, () => c.next())).not.toEqual(first);
  });

  it('stays within its ranges and follows weights', () => {
    const prng = new Prng(7);
    const counts = { heavy: 0, light: 0 };
    for (let i = 0; i < 10_000; i += 1) {
      const n = prng.int(3, 5);
      expect(n).toBeGreaterThanOrEqual(3);
      expect(n).toBeLessThanOrEqual(5);
      const s = prng.skewed(1, 50);
      expect(s).toBeGreaterThanOrEqual(1);
      expect(s).toBeLessThanOrEqual(50);
      counts[prng.weighted({ heavy: 9, light: 1 })] += 1;
    }
    expect(counts.heavy / 10_000).toBeCloseTo(0.9, 1);
  });
});
