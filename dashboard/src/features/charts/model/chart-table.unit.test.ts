import { describe, expect, it } from 'vitest';
import { en, kk, ru } from '@/app/messages.ts';
import { interpolate } from '@/lib/i18n/interpolate.ts';
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
    const csv = toCsv(table, (label) => interpolate(ru['charts.export.codeColumn'], { label }));
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.slice(1).split('\r\n')).toEqual([
      'Месяц: код,Месяц,Регион: код,Регион,Устранено причин',
      '2026-01,янв. 2026,KZ-15,Актюбинская,3',
      '2026-01,янв. 2026,KZ-71,"Астана, ""город""",5',
      '2026-02,февр. 2026,KZ-15,Актюбинская,',
      '',
    ]);
  });

  it('names the code columns in the interface language, never in English under ru or kk', () => {
    const header = (catalogue: Record<keyof typeof ru, string>) =>
      toCsv(table, (label) => interpolate(catalogue['charts.export.codeColumn'], { label }))
        .slice(1)
        .split('\r\n')[0];
    expect(header(ru)).not.toMatch(/code/);
    expect(header(kk)).toContain('Месяц: коды');
    expect(header(en)).toContain('Месяц: code');
  });

  it('exports labels that would start a formula as inert text, numbers (negative too) as numbers', () => {
    const hostile: ChartTable = {
      dimensions: [{ key: 'ORGANIZATION', label: 'Организация' }],
      measures: [{ key: 'netChange', label: 'Изменение', shape: 'count' }],
      rows: [
        { keys: [{ code: '=HYPERLINK("http://x.example","click")', label: '+cmd|/C calc' }], values: [-3] },
        { keys: [{ code: '@SUM(A1:A9)', label: '\t=1+1' }], values: [2] },
        { keys: [{ code: '-2+3', label: '\r=1' }], values: [null] },
      ],
    };
    const text = toCsv(hostile, (label) => `${label} #`).slice(1);
    const lines = text.split('\r\n');
    expect(lines[1]).toBe(`"'=HYPERLINK(""http://x.example"",""click"")",'+cmd|/C calc,-3`);
    expect(lines[2]).toBe("'@SUM(A1:A9),'\t=1+1,2");
    expect(lines[3]).toBe(`'-2+3,"'\r=1",`);
    // No field of the file's text, once unquoted, starts a formula.
    for (const line of lines.slice(1, 4))
      for (const field of line.split(',')) expect(field.replace(/^"/, '')).not.toMatch(/^[=+@\t\r]/);
  });
});
