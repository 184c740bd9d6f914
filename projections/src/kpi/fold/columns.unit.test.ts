import { addDays, dayNumber } from '@kpi/schema';
import { describe, expect, it } from 'vitest';
import { grow, NO_DAY, parseDay, parseInstant } from './columns.ts';

describe('day and instant parsing', () => {
  it('agrees with the calendar on every day from 1999 to 2041, leap days included', () => {
    let date = '1999-01-01';
    for (let n = 0; n < 15_706; n++) {
      expect(parseDay(date)).toBe(dayNumber(date));
      date = addDays(date, 1);
    }
    expect(parseDay('2024-02-29')).toBe(dayNumber('2024-02-29'));
  });

  it('reads instants with and without fractions and offsets', () => {
    for (const instant of [
      '2026-03-01T10:15:00Z',
      '2026-03-01T10:15:00.5Z',
      '2026-03-01T10:15:00.123Z',
      '2026-03-01T15:15:00+05:00',
      '2026-03-01T10:15:00.123456Z',
    ]) {
      expect(parseInstant(instant)).toBe(Date.parse(instant));
    }
    expect(() => parseInstant('yesterday')).toThrow(/ISO 8601/);
  });

  it('grows columns by doubling, keeping values and filling the new part', () => {
    const a = new Int32Array([1, 2, 3]);
    const b = grow(a, 40, NO_DAY);
    expect(b.length).toBe(64);
    expect([...b.slice(0, 4)]).toEqual([1, 2, 3, NO_DAY]);
    expect(grow(b, 10)).toBe(b);
  });
});
