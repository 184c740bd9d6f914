import { describe, expect, it } from 'vitest';
import {
  cadencePeriodOf,
  isReportCadence,
  lastClosedPeriod,
  periodClosingInstant,
} from './schedule-periods.ts';

describe('the period a report schedule is due for', () => {
  it('names the period of each cadence that holds a day', () => {
    expect(cadencePeriodOf('MONTHLY', '2026-05-14')).toBe('2026-05');
    expect(cadencePeriodOf('QUARTERLY', '2026-05-14')).toBe('2026-Q2');
    expect(cadencePeriodOf('FOUR_MONTHLY', '2026-05-14')).toBe('2026-T2');
    expect(cadencePeriodOf('FOUR_MONTHLY', '2026-04-30')).toBe('2026-T1');
    expect(cadencePeriodOf('FOUR_MONTHLY', '2026-12-31')).toBe('2026-T3');
  });

  it('is the period before today in Almaty, which may still be yesterday in UTC', () => {
    // 2026-03-31T19:00Z is already 1 April in Almaty (UTC+5): the first quarter has closed.
    expect(lastClosedPeriod('QUARTERLY', new Date('2026-03-31T19:00:00Z'))).toBe('2026-Q1');
    // An hour earlier it is still 31 March in Almaty: the quarter before is the last closed.
    expect(lastClosedPeriod('QUARTERLY', new Date('2026-03-31T18:00:00Z'))).toBe('2025-Q4');
    expect(lastClosedPeriod('MONTHLY', new Date('2026-01-10T04:00:00Z'))).toBe('2025-12');
    expect(lastClosedPeriod('FOUR_MONTHLY', new Date('2026-09-01T00:00:00Z'))).toBe('2026-T2');
    expect(lastClosedPeriod('FOUR_MONTHLY', new Date('2026-02-01T00:00:00Z'))).toBe('2025-T3');
  });

  it('reads a closed period as known at the last instant of its last day in Almaty', () => {
    expect(periodClosingInstant('2026-Q1')).toBe('2026-03-31T18:59:59.999Z');
    expect(periodClosingInstant('2024-02')).toBe('2024-02-29T18:59:59.999Z');
    expect(periodClosingInstant('2026-T3')).toBe('2026-12-31T18:59:59.999Z');
  });

  it('knows only its three cadences', () => {
    expect(isReportCadence('QUARTERLY')).toBe(true);
    expect(isReportCadence('WEEKLY')).toBe(false);
    expect(isReportCadence(undefined)).toBe(false);
  });
});
