import { describe, expect, it } from 'vitest';
import { parseSchedulePeriod } from './schedule-period.ts';

describe('a schedule period as the server names it', () => {
  it('reads a month, a quarter and a third', () => {
    expect(parseSchedulePeriod('2026-03')).toEqual({ kind: 'month', firstDay: '2026-03-01' });
    expect(parseSchedulePeriod('2026-Q1')).toEqual({ kind: 'quarter', year: 2026, n: 1 });
    expect(parseSchedulePeriod('2026-T3')).toEqual({ kind: 'third', year: 2026, n: 3 });
  });
  it('refuses anything else', () => {
    expect(parseSchedulePeriod('2026-Q5')).toBeNull();
    expect(parseSchedulePeriod('March')).toBeNull();
  });
});
