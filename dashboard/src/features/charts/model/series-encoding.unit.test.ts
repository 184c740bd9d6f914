import { describe, expect, it } from 'vitest';
import { MUTED, SERIES } from '@/components/palette.ts';
import type { MeasureShape, SeriesData, SeriesPoint } from './chart-table.ts';
import { COLOURED, encodeSeries } from './series-encoding.ts';

/** Twenty regions over two months; region i removed i+1 causes each month. */
const regions = (shape: MeasureShape): SeriesData => {
  const codes = Array.from({ length: 20 }, (_, i) => `KZ-${10 + i}`);
  const points = ['2026-01', '2026-02'].map((month) => {
    const point: Record<string, string | number | null> = { category: month, label: month };
    codes.forEach((code, i) => {
      point[`m|${code}`] = i + 1;
    });
    return point as SeriesPoint;
  });
  return {
    series: codes.map((code) => ({ key: `m|${code}`, label: code, shape, measure: 'm', measureLabel: 'M' })),
    points,
    reduced: false,
    incomplete: [],
  };
};

describe('series past the palette', () => {
  it('keeps every series its own colour while they fit the palette', () => {
    const data = regions('count');
    const few = { ...data, series: data.series.slice(0, SERIES.length) };
    const encoded = encodeSeries(few, 'Other');
    expect(new Set(encoded.series.map((s) => s.colour)).size).toBe(SERIES.length);
    expect(encoded.others).toBe(0);
  });

  it('folds the smaller counts of twenty regions into one summed "others" series', () => {
    const encoded = encodeSeries(regions('count'), 'Other');
    const coloured = encoded.series.filter((s) => s.colour !== MUTED);
    expect(coloured.map((s) => s.label)).toEqual(['KZ-29', 'KZ-28', 'KZ-27', 'KZ-26', 'KZ-25', 'KZ-24']);
    expect(new Set(coloured.map((s) => s.colour)).size).toBe(COLOURED);
    const others = encoded.series.at(-1)!;
    expect(others).toMatchObject({ label: 'Other (14)', colour: MUTED, muted: false });
    // Regions 1..14 removed 1+2+...+14 = 105 causes a month.
    expect(encoded.points[0]![others.key]).toBe(105);
    expect(encoded.points[0]!['m|KZ-10']).toBeUndefined();
    expect(encoded.others).toBe(14);
  });

  it('greys rates instead of adding them up', () => {
    const encoded = encodeSeries(regions('rate'), 'Other');
    expect(encoded.series.filter((s) => s.muted)).toHaveLength(14);
    expect(encoded.series.filter((s) => !s.muted)).toHaveLength(COLOURED);
    expect(encoded.points[0]!['m|KZ-10']).toBe(1);
  });
});
