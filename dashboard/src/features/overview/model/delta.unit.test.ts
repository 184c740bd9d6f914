import { describe, expect, it } from 'vitest';
import { deltaOf } from './delta.ts';

const v = (value: number | null) => ({ value, numerator: null, denominator: null });

describe('a KPI against its comparison period', () => {
  it('counts up is good news, with the relative change', () => {
    expect(deltaOf(v(12), v(8), { shape: 'count', better: 'up' })).toEqual({
      change: 4,
      relative: 0.5,
      tone: 'better',
    });
  });

  it('days and recurrence going up is bad news, without a relative change', () => {
    expect(deltaOf(v(40), v(30), { shape: 'days', better: 'down' })).toEqual({
      change: 10,
      relative: null,
      tone: 'worse',
    });
    expect(deltaOf(v(0.1), v(0.2), { shape: 'rate', better: 'down' })?.tone).toBe('better');
  });

  it('has nothing to say when a side is empty, and no relative change from zero', () => {
    expect(deltaOf(v(null), v(3), { shape: 'count', better: 'up' })).toBeNull();
    expect(deltaOf(v(3), v(null), { shape: 'count', better: 'up' })).toBeNull();
    expect(deltaOf(v(3), v(0), { shape: 'count', better: 'up' })).toEqual({
      change: 3,
      relative: null,
      tone: 'better',
    });
    expect(deltaOf(v(5), v(5), { shape: 'count', better: 'up' })?.tone).toBe('same');
  });
});
