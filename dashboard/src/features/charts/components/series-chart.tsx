import {
  Area,
  AreaChart,
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { useI18n } from '@/lib/i18n/i18n.tsx';
import type { SeriesData } from '../model/chart-table.ts';
import { seriesColours, seriesStyle } from '../model/palette.ts';
import type { ChartType } from '../model/spec.ts';
import { formatTick, formatValue } from './value-format.ts';

const CHARTS = { LINE: LineChart, AREA: AreaChart, BAR: BarChart, STACKED_BAR: BarChart } as const;

/** Lines, areas, bars and stacked bars share one axis layout, legend and tooltip. */
export const SeriesChart = ({
  data,
  type,
  height,
  timeAxis,
}: {
  data: SeriesData;
  type: keyof typeof CHARTS;
  height: number;
  /** The category axis is time: labels thin out instead of slanting. */
  timeAxis: boolean;
}) => {
  const { fmt } = useI18n();
  const colours = seriesColours();
  const Chart = CHARTS[type];
  const shape = data.series[0]?.shape ?? 'count';
  const shapeOf = (key: string) => data.series.find((s) => s.key === key)?.shape ?? shape;
  // Dots cost time per point; past a few hundred points they only hide the line.
  const dense = data.points.length > 200;
  // Many named categories (regions, spheres) are written at a slant so that every one is shown.
  const slanted = !timeAxis && data.points.length > 6;
  return (
    <ResponsiveContainer width="100%" height={height}>
      <Chart
        data={data.points as unknown as Record<string, unknown>[]}
        margin={{ top: 8, right: 24, bottom: 8, left: 8 }}
      >
        <CartesianGrid stroke="#d5dce5" strokeDasharray="3 3" vertical={false} />
        <XAxis
          dataKey="label"
          tick={{ fontSize: 12 }}
          minTickGap={slanted ? 0 : 16}
          interval={slanted ? 0 : 'preserveStartEnd'}
          angle={slanted ? -35 : 0}
          textAnchor={slanted ? 'end' : 'middle'}
          height={slanted ? 110 : 30}
        />
        <YAxis tick={{ fontSize: 12 }} width={72} tickFormatter={(v: number) => formatTick(fmt, shape, v)} />
        <Tooltip
          formatter={(value, _name, item) =>
            formatValue(fmt, shapeOf(String(item.dataKey)), value as number | null)
          }
        />
        {data.series.length > 1 ? <Legend wrapperStyle={{ fontSize: 13 }} /> : null}
        {data.series.map((s, i) => {
          const { colour, dash } = seriesStyle(i, colours);
          // No animation: numbers on a chair's screen appear at once, and motion distracts on a projector.
          const common = { dataKey: s.key, name: s.label, isAnimationActive: false };
          if (type === 'LINE') {
            return (
              <Line
                key={s.key}
                {...common}
                type="linear"
                stroke={colour}
                strokeWidth={2}
                strokeDasharray={dash}
                dot={dense ? false : { r: 3 }}
                connectNulls={false}
              />
            );
          }
          if (type === 'AREA') {
            return (
              <Area
                key={s.key}
                {...common}
                type="linear"
                stroke={colour}
                fill={colour}
                fillOpacity={0.18}
                strokeWidth={2}
              />
            );
          }
          return (
            <Bar
              key={s.key}
              {...common}
              fill={colour}
              stackId={type === 'STACKED_BAR' ? 'stack' : undefined}
            />
          );
        })}
      </Chart>
    </ResponsiveContainer>
  );
};

export type SeriesChartType = Exclude<ChartType, 'PIE' | 'TABLE'>;
