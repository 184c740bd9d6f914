import { MUTED, SERIES } from '@/components/palette.ts';
import type { MeasureShape, Series, SeriesData, SeriesPoint } from './chart-table.ts';

/** A series as drawn: its colour, and whether it is one of the greyed "others". */
export interface DrawnSeries extends Series {
  readonly colour: string;
  /** Drawn in grey behind the coloured series, without a legend entry of its own. */
  readonly muted: boolean;
}

export interface EncodedSeries {
  readonly series: readonly DrawnSeries[];
  readonly points: readonly SeriesPoint[];
  /** How many series were folded into "others" or greyed; 0 when every series has its colour. */
  readonly others: number;
}

/** Counts and sums add up, so their smaller series can be folded into one "others" series. */
const ADDITIVE: ReadonlySet<MeasureShape> = new Set(['count', 'sum']);

/** With more series than colours, this many of the largest keep a colour; one more is left for "others". */
export const COLOURED = SERIES.length - 1;

const totalOf = (points: readonly SeriesPoint[], key: string) =>
  points.reduce((sum, p) => sum + (typeof p[key] === 'number' ? Math.abs(p[key] as number) : 0), 0);

/**
 * Twenty regions cannot take twenty colours that anyone tells apart. Up to the palette's size every
 * series has its own colour; past it the largest (by total) keep theirs and the rest become
 * "others": folded into one summed series for counts and sums, greyed in the background for
 * rates and days (which do not add up). The table view keeps every series.
 */
export const encodeSeries = (data: SeriesData, othersLabel: string): EncodedSeries => {
  if (data.series.length <= SERIES.length) {
    return {
      series: data.series.map((s, i) => ({ ...s, colour: SERIES[i]!, muted: false })),
      points: data.points,
      others: 0,
    };
  }
  const ranked = [...data.series].sort((a, b) => totalOf(data.points, b.key) - totalOf(data.points, a.key));
  const top = ranked.slice(0, COLOURED);
  const rest = ranked.slice(COLOURED);
  const coloured: DrawnSeries[] = top.map((s, i) => ({ ...s, colour: SERIES[i]!, muted: false }));
  const folded = rest.filter((s) => ADDITIVE.has(s.shape));
  const greyed: DrawnSeries[] = rest
    .filter((s) => !ADDITIVE.has(s.shape))
    .map((s) => ({ ...s, colour: MUTED, muted: true }));
  // One "others" series per measure: summing regions is right, summing risks with tenge is not.
  const measures = [...new Set(folded.map((s) => s.measure))];
  const multiple = new Set(data.series.map((s) => s.measure)).size > 1;
  const othersSeries: DrawnSeries[] = measures.map((measure) => {
    const members = folded.filter((s) => s.measure === measure);
    const first = members[0]!;
    const label = `${othersLabel} (${members.length})`;
    return {
      key: `${measure}|__others`,
      label: multiple ? `${first.measureLabel} · ${label}` : label,
      shape: first.shape,
      measure,
      measureLabel: first.measureLabel,
      colour: MUTED,
      muted: false,
    };
  });
  const points = data.points.map((p) => {
    const point: Record<string, number | string | null> = { ...p };
    for (const others of othersSeries) {
      const values = folded
        .filter((s) => s.measure === others.measure)
        .map((s) => p[s.key])
        .filter((v): v is number => typeof v === 'number');
      point[others.key] = values.length === 0 ? null : values.reduce((a, b) => a + b, 0);
    }
    for (const s of folded) delete point[s.key];
    return point as SeriesPoint;
  });
  return { series: [...greyed, ...coloured, ...othersSeries], points, others: rest.length };
};
