import {
  Bar,
  CartesianGrid,
  ComposedChart,
  Legend,
  Line,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { useI18n } from '@/lib/i18n/i18n.tsx';
import { formatKpi } from '../../model/format-kpi.ts';
import type { Granularity } from '../../model/granularity.ts';
import { metaOf, type OverviewKpi } from '../../model/kpi-meta.ts';
import type { SeriesPoint } from '../../model/kpi-view.ts';
import { bucketLabel } from './bucket-label.ts';
import { ChartFrame, type TableColumn } from './chart-frame.tsx';

export interface SeriesSpec {
  readonly kpi: OverviewKpi;
  readonly kind: 'bar' | 'line';
}

interface SeriesChartProps {
  readonly id: string;
  readonly title: string;
  readonly points: readonly SeriesPoint[];
  readonly series: readonly SeriesSpec[];
  readonly granularity: Granularity;
  readonly refreshing?: boolean;
  readonly changedAt?: number | null;
  /** Opens the events behind one bucket of one series. */
  readonly onOpen: (kpi: OverviewKpi, point: SeriesPoint) => void;
}

/** The shared body of the trend charts: bars and lines over time buckets, with a table twin. */
export const SeriesChart = ({
  id,
  title,
  points,
  series,
  granularity,
  refreshing,
  changedAt = null,
  onOpen,
}: SeriesChartProps) => {
  const { t, fmt } = useI18n();
  const label = (start: string) => bucketLabel(fmt, t, granularity, start);
  const rows = points.map((p) => ({ ...p.values, start: p.start, label: label(p.start) }));
  const shape = metaOf(series[0]!.kpi).shape;
  const columns: TableColumn<SeriesPoint>[] = [
    { key: 'period', header: t('chart.period'), cell: (p) => label(p.start) },
    ...series.map(({ kpi }) => ({
      key: kpi,
      header: t(metaOf(kpi).label),
      numeric: true,
      cell: (p: SeriesPoint) => (
        <button type="button" className="link-button" onClick={() => onOpen(kpi, p)}>
          {formatKpi(fmt, metaOf(kpi).shape, p.values[kpi] ?? null)}
        </button>
      ),
    })),
  ];
  const pointAt = (index: number | undefined) => (index === undefined ? undefined : points[index]);
  return (
    <ChartFrame
      id={id}
      title={title}
      rows={points}
      columns={columns}
      rowKey={(p) => p.start}
      refreshing={refreshing}
      changedAt={changedAt}
    >
      <ResponsiveContainer width="100%" height={260}>
        <ComposedChart data={rows} margin={{ top: 8, right: 12, bottom: 0, left: 0 }}>
          <CartesianGrid stroke="#e3e8ee" vertical={false} />
          <XAxis dataKey="label" tick={{ fontSize: 12 }} interval="preserveStartEnd" minTickGap={16} />
          <YAxis
            tick={{ fontSize: 12 }}
            width={56}
            allowDecimals={shape !== 'count'}
            tickFormatter={(v: number) => (shape === 'days' ? fmt.integer(v) : formatKpi(fmt, shape, v))}
          />
          <Tooltip
            formatter={(value, name) => [
              formatKpi(fmt, metaOf(String(name)).shape, Number(value)),
              t(metaOf(String(name)).label),
            ]}
          />
          {series.length > 1 ? <Legend formatter={(name) => t(metaOf(String(name)).label)} /> : null}
          {series.map(({ kpi, kind }) =>
            kind === 'bar' ? (
              <Bar
                key={kpi}
                dataKey={kpi}
                fill={metaOf(kpi).color}
                radius={[3, 3, 0, 0]}
                isAnimationActive={false}
                cursor="pointer"
                onClick={(_data, index) => {
                  const point = pointAt(index);
                  if (point) onOpen(kpi, point);
                }}
              />
            ) : (
              <Line
                key={kpi}
                dataKey={kpi}
                stroke={metaOf(kpi).color}
                strokeWidth={2.5}
                dot={{ r: 3 }}
                connectNulls
                isAnimationActive={false}
                activeDot={{
                  r: 6,
                  cursor: 'pointer',
                  onClick: (_event: unknown, payload: unknown) => {
                    const point = pointAt((payload as { index?: number }).index);
                    if (point) onOpen(kpi, point);
                  },
                }}
              />
            ),
          )}
        </ComposedChart>
      </ResponsiveContainer>
    </ChartFrame>
  );
};
