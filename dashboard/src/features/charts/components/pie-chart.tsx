import { Cell, Legend, Pie, PieChart, ResponsiveContainer, Tooltip } from 'recharts';
import { ChartLegend } from '@/components/chart-legend.tsx';
import { INK, MUTED, SERIES } from '@/components/palette.ts';
import { useI18n } from '@/lib/i18n/i18n.tsx';
import type { SeriesData } from '../model/chart-table.ts';
import { formatValue } from './value-format.ts';

/** A pie shares out the first series over the categories; past seven slices the rest is one slice. */
export const SharePieChart = ({
  data,
  height,
  otherLabel,
}: {
  data: SeriesData;
  height: number;
  otherLabel: string;
}) => {
  const { t, fmt } = useI18n();
  const series = data.series[0];
  if (!series) return null;
  const slices = data.points
    .map((p) => ({ name: p.label, value: typeof p[series.key] === 'number' ? (p[series.key] as number) : 0 }))
    .filter((s) => s.value > 0)
    .sort((a, b) => b.value - a.value);
  const shown =
    slices.length > 12
      ? [
          ...slices.slice(0, 11),
          { name: otherLabel, value: slices.slice(11).reduce((a, s) => a + s.value, 0) },
        ]
      : slices;
  return (
    <ResponsiveContainer width="100%" height={height}>
      <PieChart>
        <Pie
          data={shown}
          dataKey="value"
          nameKey="name"
          outerRadius="75%"
          innerRadius="40%"
          paddingAngle={1}
          isAnimationActive={false}
        >
          {shown.map((slice, i) => (
            <Cell
              key={slice.name}
              // Past the palette the slices go grey: a repeated colour would read as the same region.
              fill={i < SERIES.length ? SERIES[i] : MUTED}
              stroke={INK.background}
            />
          ))}
        </Pie>
        <Tooltip formatter={(value) => formatValue(fmt, series.shape, value as number)} />
        <Legend
          layout="vertical"
          align="right"
          verticalAlign="middle"
          content={({ payload }) => (
            <ChartLegend payload={payload} name={t('chart.legend')} label={(name) => name} vertical />
          )}
        />
      </PieChart>
    </ResponsiveContainer>
  );
};
