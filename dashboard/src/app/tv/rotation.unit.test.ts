import { describe, expect, it } from 'vitest';
import { DEFAULT_SECONDS, nextStop, secondsPerScreen } from './rotation.ts';

describe('the situation room rotation', () => {
  it('walks the sections of a page, then moves to the next page, then starts over', () => {
    expect(nextStop({ page: 0, stop: 0 }, 2, 3)).toEqual({ page: 0, stop: 1 });
    expect(nextStop({ page: 0, stop: 2 }, 2, 3)).toEqual({ page: 1, stop: 0 });
    expect(nextStop({ page: 1, stop: 0 }, 2, 1)).toEqual({ page: 0, stop: 0 });
  });

  it('stays on a single page with no sections, showing it from the top again', () => {
    expect(nextStop({ page: 0, stop: 0 }, 1, 0)).toEqual({ page: 0, stop: 0 });
  });

  it('reads the seconds per screen from the address, within 5 s and an hour', () => {
    expect(secondsPerScreen(null)).toBe(DEFAULT_SECONDS);
    expect(secondsPerScreen('abc')).toBe(DEFAULT_SECONDS);
    expect(secondsPerScreen('12')).toBe(12);
    expect(secondsPerScreen('1')).toBe(5);
    expect(secondsPerScreen('100000')).toBe(3600);
  });
});
