import { describe, expect, it } from 'vitest';
import { modelOf } from '../../../test/fold.ts';
import { workedExample } from '../../../test/worked-example.ts';
import { KpiQueryError } from './errors.ts';
import { kpiSeries } from './series.ts';

const model = modelOf(workedExample);
const q1 = { from: '2026-01-01', to: '2026-03-31' };

describe('kpiSeries', () => {
  it('gives each month beside the month before and the same month a year earlier', () => {
    const s = kpiSeries(model, { kpi: 'risksIdentified', granularity: 'month', period: q1 });
    expect(s.points.map((p) => [p.label, p.current.value, p.previous.value, p.yearEarlier.value])).toEqual([
      ['2026-01', 1, 0, 0],
      ['2026-02', 2, 1, 0],
      ['2026-03', 0, 2, 1],
    ]);
    expect(s.points[2]!.yearEarlierPeriod).toEqual({ from: '2025-03-01', to: '2025-03-31' });
    expect(s.position).toBe(26);
    expect(s.asOf).toBeNull();
  });

  it('counts open risks at the end of each bucket', () => {
    const s = kpiSeries(model, { kpi: 'openRisks', granularity: 'month', period: q1 });
    // 31 Jan: R2, R6 (R1 removed on 25 Jan); 28 Feb: R2, R3, R4, R6; 31 Mar: R3, R4, R6.
    expect(s.points.map((p) => p.current.value)).toEqual([2, 4, 3]);
  });

  it('widens the period to whole ISO weeks starting on Monday', () => {
    const s = kpiSeries(model, { kpi: 'causesRemoved', granularity: 'week', period: q1 });
    expect(s.points[0]!.label).toBe('2026-W01');
    expect(s.period.from).toBe('2025-12-29');
    expect(s.points.at(-1)!.period.to).toBe('2026-04-05');
    const removed = s.points.filter((p) => p.current.value).map((p) => p.label);
    // The last week runs to Sunday 5 April, when T3 removed R3.
    expect(removed).toEqual(['2026-W04', '2026-W11', '2026-W14']);
  });

  it('coarsens a series that would have more than 2,000 points, and says so', () => {
    const s = kpiSeries(model, {
      kpi: 'risksIdentified',
      granularity: 'day',
      period: { from: '2016-01-01', to: '2026-03-31' },
    });
    expect(s.requestedGranularity).toBe('day');
    expect(s.granularity).toBe('week');
    expect(s.points.length).toBeLessThanOrEqual(2000);
    expect(s.points.reduce((n, p) => n + (p.current.value ?? 0), 0)).toBe(5);
  });

  it('rates per quarter with their counts, null where nothing is due', () => {
    const s = kpiSeries(model, {
      kpi: 'implementationRate',
      granularity: 'quarter',
      period: { from: '2025-01-01', to: '2026-06-30' },
    });
    expect(
      s.points.map((p) => [p.label, p.current.numerator, p.current.denominator, p.current.value]),
    ).toEqual([
      ['2025-Q1', 0, 0, null],
      ['2025-Q2', 0, 0, null],
      ['2025-Q3', 0, 0, null],
      ['2025-Q4', 0, 1, 0],
      ['2026-Q1', 3, 4, 0.75],
      ['2026-Q2', 0, 1, 0],
    ]);
  });

  it('refuses unknown KPIs and granularities, naming the field', () => {
    expect(() => kpiSeries(model, { kpi: 'arrests', granularity: 'month', period: q1 })).toThrow(
      expect.objectContaining({ code: 'UNKNOWN_MEASURE', field: 'kpi' }),
    );
    expect(() => kpiSeries(model, { kpi: 'openRisks', granularity: 'fortnight', period: q1 })).toThrow(
      KpiQueryError,
    );
    expect(() =>
      kpiSeries(model, {
        kpi: 'openRisks',
        granularity: 'month',
        period: { from: '2026-04-01', to: '2026-03-01' },
      }),
    ).toThrow(expect.objectContaining({ code: 'INVALID_PERIOD', field: 'period.to' }));
  });
});
