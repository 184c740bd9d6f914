import { describe, expect, it } from 'vitest';
import type { ChartTable } from './chart-table.ts';
import { pivotCsv, toPivot } from './pivot.ts';

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
        { code: 'KZ-75', label: 'Алматы' },
      ],
      values: [4],
    },
    {
      keys: [
        { code: '2026-01', label: 'янв. 2026' },
        { code: 'KZ-71', label: 'Астана' },
      ],
      values: [2],
    },
    {
      keys: [
        { code: '2026-02', label: 'февр. 2026' },
        { code: 'KZ-75', label: 'Алматы' },
      ],
      values: [5],
    },
  ],
};

describe('the pivot view of a chart', () => {
  it('puts months down and regions across, leaving a missing pair empty', () => {
    const pivot = toPivot(table);
    expect(pivot?.columns.map((c) => c.label)).toEqual(['Алматы', 'Астана']);
    expect(pivot?.rows).toEqual([
      { code: '2026-01', label: 'янв. 2026', cells: [4, 2] },
      { code: '2026-02', label: 'февр. 2026', cells: [5, null] },
    ]);
  });

  it('exists only for two dimensions', () => {
    expect(toPivot({ ...table, dimensions: [table.dimensions[0]!] })).toBeNull();
  });

  it('exports as CSV with a header of regions and raw numbers', () => {
    expect(pivotCsv(toPivot(table)!)).toBe('\uFEFFМесяц,Алматы,Астана\r\nянв. 2026,4,2\r\nфевр. 2026,5,\r\n');
  });
});
