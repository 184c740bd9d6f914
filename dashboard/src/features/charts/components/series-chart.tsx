import {
  Area,
  AreaChart,
  Bar,
  BarChart,
  CartesianGrid,
  Cell,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { type ChartComment, commentMarkers, type MarkedBucket } from '@/components/comment-markers.tsx';
import { openKey, splitIncomplete } from '@/components/incomplete-bucket.ts';
import { INK, MUTED } from '@/components/palette.ts';
import { useI18n } from '@/lib/i18n/i18n.tsx';
import { type Axis, axisUnitOf } from '../model/axes.ts';
import type { MeasureShape, SeriesPoint } from '../model/chart-table.ts';
import type { DrawnSeries } from '../model/series-encoding.ts';
import type { ChartType } from '../model/spec.ts';
import { formatTick, formatValue } from './value-format.ts';

const CHARTS = { LINE: LineChart, AREA: AreaChart, BAR: BarChart, STACKED_BAR: BarChart } as const;

interface Props {
  readonly series: readonly DrawnSeries[];
  /** The value axes, one per unit among the series (see `planAxes`): at most one left, one right. */
  readonly axes: readonly Axis[];
  readonly points: readonly SeriesPoint[];
  readonly type: keyof typeof CHARTS;
  readonly height: number;
  /** The category axis is time: labels thin out instead of slanting. */
  readonly timeAxis: boolean;
  /** Time buckets that run past the period's end: drawn dashed (lines) or hollow (bars). */
  readonly incomplete: readonly string[];
  /** The series the reader points at in the legend: the others step back into grey. */
  readonly active: string | null;
  readonly onCategory?: ((code: string) => void) | undefined;
  /** Comments on figures, marked at the time bucket of their day (a time axis only). */
  readonly comments?: readonly ChartComment[];
  readonly buckets?: readonly MarkedBucket[];
}

/**
 * Lines, areas, bars and stacked bars over one category axis, with one value axis per unit (left
 * the first, right the second): tenge beside counts would flatten the counts to zero.
 */
export const SeriesChart = ({
  series,
  axes,
  points,
  type,
  height,
  timeAxis,
  incomplete,
  active,
  onCategory,
  comments = [],
  buckets = [],
}: Props) => {
  const { fmt } = useI18n();
  const Chart = CHARTS[type];
  const shapeOf = (key: string): MeasureShape =>
    series.find((s) => s.key === key || openKey(s.key) === key)?.shape ?? axes[0]?.shape ?? 'count';
  const lines = type === 'LINE' || type === 'AREA';
  const open = new Set(incomplete);
  const drawn = lines
    ? splitIncomplete(
        points,
        series.map((s) => s.key),
        (p) => open.has(p.category),
      )
    : points;
  // Dots cost time per point; past a few hundred points they only hide the line.
  const dense = points.length > 200;
  // Many named categories (regions, spheres) are written at a slant so that every one is shown.
  const slanted = !timeAxis && points.length > 6;
  const colourOf = (s: DrawnSeries) => (active && active !== s.key ? MUTED : s.colour);
  const faded = (s: DrawnSeries) => s.muted || (active !== null && active !== s.key);
  return (
    <ResponsiveContainer width="100%" height={height}>
      <Chart
        data={drawn as unknown as Record<string, unknown>[]}
        // Room on the right, so that the last category's label is not cut off.
        margin={{ top: 8, right: axes.length > 1 ? 8 : 40, bottom: 8, left: 8 }}
      >
        <CartesianGrid stroke={INK.grid} strokeDasharray="3 3" vertical={false} />
        <XAxis
          dataKey="label"
          tick={{ fontSize: 12, fill: INK.muted }}
          minTickGap={slanted ? 0 : 16}
          interval={slanted ? 0 : 'preserveStartEnd'}
          angle={slanted ? -35 : 0}
          textAnchor={slanted ? 'end' : 'middle'}
          height={slanted ? 110 : 30}
        />
        {axes.map((axis) => (
          <YAxis
            key={axis.unit}
            yAxisId={axis.unit}
            orientation={axis.side}
            tick={{ fontSize: 12, fill: INK.muted }}
            // Tenge are written in full in Kazakh ("160 000 000 ₸"): their axis is as wide as its labels.
            width={axis.shape === 'sum' ? 'auto' : 72}
            tickFormatter={(v: number) => formatTick(fmt, axis.shape, v)}
            data-unit={axis.unit}
          />
        ))}
        <Tooltip
          formatter={(value, _name, item) =>
            formatValue(fmt, shapeOf(String(item.dataKey)), value as number | null)
          }
        />
        {series.flatMap((s) => {
          // No animation: numbers on a chair's screen appear at once, and motion distracts on a projector.
          const common = { name: s.label, yAxisId: axisUnitOf(s), isAnimationActive: false };
          const colour = colourOf(s);
          const opacity = faded(s) ? 0.55 : 1;
          if (type === 'BAR' || type === 'STACKED_BAR') {
            return [
              <Bar
                key={s.key}
                {...common}
                dataKey={s.key}
                fill={colour}
                fillOpacity={opacity}
                stackId={type === 'STACKED_BAR' ? 'stack' : undefined}
                cursor={onCategory ? 'pointer' : undefined}
                onClick={
                  onCategory
                    ? (bar: { payload?: { category?: string } }) =>
                        bar.payload?.category && onCategory(bar.payload.category)
                    : undefined
                }
              >
                {points.map((p) =>
                  open.has(p.category) ? (
                    <Cell key={p.category} fillOpacity={0.25} stroke={colour} strokeDasharray="4 3" />
                  ) : (
                    <Cell key={p.category} />
                  ),
                )}
              </Bar>,
            ];
          }
          const Shape = type === 'AREA' ? Area : Line;
          const fill = type === 'AREA' ? { fill: colour, fillOpacity: 0.15 * opacity } : {};
          const width = s.muted ? 1.25 : 2;
          return [
            <Shape
              key={s.key}
              {...common}
              {...fill}
              dataKey={s.key}
              type="linear"
              stroke={colour}
              strokeOpacity={opacity}
              strokeWidth={width}
              dot={dense || s.muted ? false : { r: 3 }}
              connectNulls={false}
            />,
            incomplete.length > 0 ? (
              <Shape
                key={openKey(s.key)}
                {...common}
                {...fill}
                dataKey={openKey(s.key)}
                legendType="none"
                type="linear"
                stroke={colour}
                strokeOpacity={opacity}
                strokeWidth={width}
                strokeDasharray="5 4"
                dot={dense || s.muted ? false : { r: 3, fill: INK.background }}
                connectNulls={false}
              />
            ) : null,
          ];
        })}
        {commentMarkers(comments, buckets, axes[0]?.unit)}
      </Chart>
    </ResponsiveContainer>
  );
};

export type SeriesChartType = Exclude<ChartType, 'PIE' | 'TABLE'>;
