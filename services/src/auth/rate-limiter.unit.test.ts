import { describe, expect, it } from 'vitest';
import { FixedWindowLimiter } from './rate-limiter.ts';

describe('the fixed-window limiter', () => {
  it('counts an attempt when it is reserved, then asks to wait until the window ends', () => {
    const limiter = new FixedWindowLimiter(2, 1000);
    expect(limiter.reserve('k', 0).ok).toBe(true);
    expect(limiter.reserve('k', 10).ok).toBe(true);
    expect(limiter.reserve('k', 20)).toEqual({ ok: false, retryAfterMs: 980 });
    expect(limiter.reserve('other', 20).ok).toBe(true);
    expect(limiter.reserve('k', 1000).ok).toBe(true);
  });

  it('gives a released attempt back once, and only to the window it came from', () => {
    const limiter = new FixedWindowLimiter(1, 1000);
    const first = limiter.reserve('k', 0);
    if (!first.ok) throw new Error('the first attempt is allowed');
    expect(limiter.reserve('k', 1).ok).toBe(false);
    first.reservation.release();
    first.reservation.release();
    const second = limiter.reserve('k', 2);
    expect(second.ok).toBe(true);
    expect(limiter.reserve('k', 3).ok).toBe(false);
    // Released after its window ended: the new window's attempt still counts.
    const late = limiter.reserve('k', 1500);
    if (!late.ok) throw new Error('a new window allows an attempt');
    if (second.ok) second.reservation.release();
    expect(limiter.reserve('k', 1501).ok).toBe(false);
  });
});
