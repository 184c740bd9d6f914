import { describe, expect, it } from 'vitest';
import { toOverviewSummary } from './kpi-summary-query.ts';
import { toSparklines } from './league-movement-query.ts';
import { toTrends } from './overview-trends-query.ts';
import { refusalOf } from './overview-variables.ts';
import { toLeague } from './region-league-query.ts';

const value = (v: number | null) => ({ value: v, numerator: null, denominator: null });

describe('answers of the KPI API as the overview draws them', () => {
  it('keys the summary by KPI and calls a period with no activity empty', () => {
    const summary = toOverviewSummary({
      kpiSummary: {
        __typename: 'KpiSummary',
        asOf: null,
        position: 42,
        previousPeriod: { from: '2025-10-01', to: '2025-12-31' },
        kpis: [
          { kpi: 'causesRemoved', current: value(0), previous: value(3), yearEarlier: value(null) },
          { kpi: 'risksIdentified', current: value(0), previous: value(1), yearEarlier: value(null) },
        ],
      },
    });
    expect(summary?.entries.causesRemoved?.previous.value).toBe(3);
    expect(summary?.position).toBe(42);
    expect(summary?.previousPeriod).toEqual({ from: '2025-10-01', to: '2025-12-31' });
    expect(summary?.empty).toBe(true);
  });

  it('orders trend buckets by date and names the granularity the server used', () => {
    const trends = toTrends(
      {
        chart: {
          __typename: 'KpiChart',
          granularity: 'MONTH',
          measures: ['causesRemoved', 'removalRate'],
          rows: [
            { keys: [{ period: { from: '2026-02-01', to: '2026-02-28' } }], values: [4, 0.5] },
            { keys: [{ period: { from: '2026-01-01', to: '2026-01-31' } }], values: [2, null] },
          ],
        },
      },
      'week',
    );
    expect(trends?.granularity).toBe('month');
    expect(trends?.points.map((p) => p.start)).toEqual(['2026-01-01', '2026-02-01']);
    expect(trends?.points[0]?.values).toEqual({ causesRemoved: 2, removalRate: null });
  });

  it('reads league rows by region code, whichever way the code is spelled', () => {
    const league = toLeague({
      chart: {
        __typename: 'KpiChart',
        measures: ['causesRemoved'],
        rows: [
          { keys: [{ key: 'KZ-15' }], values: [7] },
          { keys: [{ key: 'KZ_71' }], values: [null] },
        ],
      },
    });
    expect(league?.rows).toEqual([
      { region: 'KZ-15', values: { causesRemoved: 7 } },
      { region: 'KZ-71', values: { causesRemoved: null } },
    ]);
  });

  it('turns a typed refusal into an error naming its code and field, and lets answers through', () => {
    expect(
      refusalOf({ __typename: 'KpiQueryFailed', code: 'INVALID_PERIOD', field: 'period.to' } as never),
    ).toMatchObject({ kind: 'refused', code: 'INVALID_PERIOD', field: 'period.to' });
    expect(refusalOf({ __typename: 'KpiAccessDenied', region: 'KZ-15' } as never)).toMatchObject({
      kind: 'forbidden',
      code: 'ACCESS_DENIED',
    });
    expect(refusalOf({ __typename: 'KpiChart' })).toBeNull();
    expect(
      toLeague({ chart: { __typename: 'KpiQueryFailed', code: 'INVALID_FILTER', field: 'filter' } }),
    ).toBeUndefined();
  });

  it("draws each region's sparkline in time order, whatever order the rows come in", () => {
    const lines = toSparklines({
      chart: {
        __typename: 'KpiChart',
        rows: [
          {
            keys: [
              { key: 'KZ_15', period: null },
              { key: 'x', period: { from: '2026-02-01' } },
            ],
            values: [5],
          },
          {
            keys: [
              { key: 'KZ_15', period: null },
              { key: 'x', period: { from: '2026-01-01' } },
            ],
            values: [2],
          },
          {
            keys: [
              { key: 'KZ_71', period: null },
              { key: 'x', period: { from: '2026-01-01' } },
            ],
            values: [null],
          },
        ],
      },
    });
    expect(lines).toEqual({ 'KZ-15': [2, 5], 'KZ-71': [null] });
    expect(toSparklines({ chart: { __typename: 'KpiAccessDenied', region: 'KZ-15' } })).toBeUndefined();
  });
});
