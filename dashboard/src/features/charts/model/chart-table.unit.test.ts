import { describe, expect, it } from 'vitest';
import type { ChartTable } from './chart-table.ts';
import { toSeries } from './chart-table.ts';
import { toCsv } from './csv.ts';

const table: ChartTable = {
  dimensions: [
    { key: 'TIME', label: 'Месяц' },
    { key: 'REGION', label: 'Регион' },
  ],
  measures: [{ key: 'causesRemoved', label: 'Устранено причин', shape: 'count' }],
  rows: [
    {
      keys: [
        { code: '2026-01', label: 'янв. 2026' },
        { code: 'KZ-15', label: 'Актюбинская' },
      ],
      values: [3],
    },
    {
      keys: [
        { code: '2026-01', label: 'янв. 2026' },
        { code: 'KZ-71', label: 'Астана, "город"' },
      ],
      values: [5],
    },
    {
      keys: [
        { code: '2026-02', label: 'февр. 2026' },
        { code: 'KZ-15', label: 'Актюбинская' },
      ],
      values: [null],
    },
  ],
};

describe('chart data', () => {
  it('pivots a second dimension into one series per value, sharing the category axis', () => {
    const data = toSeries(table);
    expect(data.series.map((s) => s.label)).toEqual(['Актюбинская', 'Астана, "город"']);
    expect(data.points).toEqual([
      { category: '2026-01', label: 'янв. 2026', 'causesRemoved|KZ-15': 3, 'causesRemoved|KZ-71': 5 },
      { category: '2026-02', label: 'февр. 2026', 'causesRemoved|KZ-15': null },
    ]);
    expect(data.reduced).toBe(false);
  });

  it('reduces a long series to the drawing bound and says so', () => {
    const long: ChartTable = {
      dimensions: [{ key: 'TIME', label: 'День' }],
      measures: [{ key: 'risksIdentified', label: 'Выявлено', shape: 'count' }],
      rows: Array.from({ length: 3_000 }, (_, i) => ({
        keys: [{ code: String(i), label: String(i) }],
        values: [i % 7],
      })),
    };
    const data = toSeries(long);
    expect(data.points).toHaveLength(2_000);
    expect(data.reduced).toBe(true);
  });

  it('exports CSV with codes, labels, raw numbers, quoted text and empty cells for no value', () => {
    const csv = toCsv(table);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.slice(1).split('\r\n')).toEqual([
      'Месяц (code),Месяц,Регион (code),Регион,Устранено причин',
      '2026-01,янв. 2026,KZ-15,Актюбинская,3',
      '2026-01,янв. 2026,KZ-71,"Астана, ""город""",5',
      '2026-02,февр. 2026,KZ-15,Актюбинская,',
      '',
    ]);
  });
});
