import { describe, expect, it } from 'vitest';
import { type ChartTable, timeBuckets, toSeries } from './chart-table.ts';

const monthly: ChartTable = {
  dimensions: [{ key: 'TIME', label: 'Месяц' }],
  measures: [{ key: 'causesRemoved', label: 'Устранено причин', shape: 'count' }],
  rows: [
    { keys: [{ code: '2026-01', label: 'янв.', start: '2026-01-01', end: '2026-01-31' }], values: [3] },
    { keys: [{ code: '2026-02', label: 'февр.', start: '2026-02-01', end: '2026-02-28' }], values: [5] },
  ],
};

describe('the time buckets comment markers are placed on', () => {
  it('gives each drawn bucket its days and axis label', () => {
    expect(timeBuckets(monthly, toSeries(monthly).points)).toEqual([
      { start: '2026-01-01', end: '2026-01-31', label: 'янв.' },
      { start: '2026-02-01', end: '2026-02-28', label: 'февр.' },
    ]);
  });

  it('gives none when the category axis is not time', () => {
    const byRegion: ChartTable = {
      ...monthly,
      dimensions: [{ key: 'REGION', label: 'Регион' }],
      rows: [{ keys: [{ code: 'KZ-15', label: 'Актюбинская' }], values: [3] }],
    };
    expect(timeBuckets(byRegion, toSeries(byRegion).points)).toEqual([]);
  });
});
