import {
  Bar,
  CartesianGrid,
  Cell,
  ComposedChart,
  Legend,
  Line,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { ChartLegend } from '@/components/chart-legend.tsx';
import { type ChartComment, commentMarkers } from '@/components/comment-markers.tsx';
import { openKey, splitIncomplete } from '@/components/incomplete-bucket.ts';
import { INK } from '@/components/palette.ts';
import { useI18n } from '@/lib/i18n/i18n.tsx';
import { PHONE_QUERY, useMedia } from '@/lib/layout/use-media.ts';
import { formatKpi } from '../../model/format-kpi.ts';
import { type GoalsByBucket, goalKey, kpiOfGoalKey, kpisWithGoals } from '../../model/goals.ts';
import type { Granularity } from '../../model/granularity.ts';
import { metaOf, type OverviewKpi } from '../../model/kpi-meta.ts';
import type { SeriesPoint } from '../../model/kpi-view.ts';
import { hasFigures } from '../../model/trend-figures.ts';
import { bucketLabel } from './bucket-label.ts';
import { ChartFrame, type TableColumn } from './chart-frame.tsx';
import { goalLines } from './goal-lines.tsx';

// The drawing's height, its legend included. On a phone the legend wraps to two or three lines
// (more in Kazakh) and would leave the plot itself a strip: the drawing grows instead.
const HEIGHT = 260;
const PHONE_HEIGHT = 360;

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
  /** The period's last day: a bucket running past it is known only in part and drawn so. */
  readonly periodEnd: string;
  readonly refreshing?: boolean;
  readonly changedAt?: number | null;
  /** Opens the events behind one bucket of one series. */
  readonly onOpen: (kpi: OverviewKpi, point: SeriesPoint) => void;
  /** Notes on the figures, marked at the bucket of their day. */
  readonly comments?: readonly ChartComment[];
  /** What the targets ask of each bucket, by its first day: drawn as a goal line per KPI. */
  readonly goals?: GoalsByBucket | undefined;
}

/** The shared body of the trend charts: bars and lines over time buckets, with a table twin. */
export const SeriesChart = ({
  id,
  title,
  points,
  series,
  granularity,
  periodEnd,
  refreshing,
  changedAt = null,
  onOpen,
  comments = [],
  goals,
}: SeriesChartProps) => {
  const { t, fmt } = useI18n();
  const phone = useMedia(PHONE_QUERY);
  const goalKpis = goals
    ? kpisWithGoals(
        series.map((s) => s.kpi),
        points.map((p) => p.start),
        goals,
      )
    : [];
  const goalOf = (p: SeriesPoint, kpi: string) => goals?.get(p.start)?.[kpi] ?? null;
  // A goal's series is named after its KPI: "Target: causes removed".
  const nameOf = (name: string) => {
    const kpi = kpiOfGoalKey(name);
    return kpi ? t('target.goal', { kpi: t(metaOf(kpi).label) }) : t(metaOf(name).label);
  };
  const isOpen = (p: SeriesPoint) => p.end > periodEnd;
  // The running bucket is marked in its label too, for the table and for readers who miss the dashes.
  const label = (p: SeriesPoint) => `${bucketLabel(fmt, t, granularity, p.start)}${isOpen(p) ? ' *' : ''}`;
  const lines = series.filter((s) => s.kind === 'line').map((s) => s.kpi);
  const rows = splitIncomplete(
    points.map((p) => ({
      ...p.values,
      ...Object.fromEntries(goalKpis.map((kpi) => [goalKey(kpi), goalOf(p, kpi)])),
      start: p.start,
      label: label(p),
      open: isOpen(p),
    })),
    lines,
    (row) => row.open,
  );
  const lastOpen = points.findLast(isOpen);
  const shape = metaOf(series[0]!.kpi).shape;
  const columns: TableColumn<SeriesPoint>[] = [
    { key: 'period', header: t('chart.period'), cell: (p) => label(p) },
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
    ...goalKpis.map((kpi) => ({
      key: goalKey(kpi),
      header: nameOf(goalKey(kpi)),
      numeric: true,
      cell: (p: SeriesPoint) => formatKpi(fmt, metaOf(kpi).shape, goalOf(p, kpi)),
    })),
  ];
  const pointAt = (index: number | undefined) => (index === undefined ? undefined : points[index]);
  return (
    <ChartFrame
      id={id}
      title={title}
      rows={
        hasFigures(
          points,
          series.map((s) => s.kpi),
        )
          ? points
          : []
      }
      columns={columns}
      rowKey={(p) => p.start}
      refreshing={refreshing}
      changedAt={changedAt}
      note={
        lastOpen
          ? t('chart.incomplete', {
              bucket: bucketLabel(fmt, t, granularity, lastOpen.start),
              date: fmt.date(periodEnd),
            })
          : undefined
      }
    >
      <ResponsiveContainer width="100%" height={phone ? PHONE_HEIGHT : HEIGHT}>
        {/* Room on the right, so that the last bucket's label is not cut off. */}
        <ComposedChart data={rows} margin={{ top: 8, right: 32, bottom: 0, left: 0 }}>
          <CartesianGrid stroke={INK.grid} vertical={false} />
          <XAxis dataKey="label" tick={{ fontSize: 12 }} interval="preserveStartEnd" minTickGap={16} />
          <YAxis
            tick={{ fontSize: 12 }}
            width={56}
            allowDecimals={shape !== 'count'}
            tickFormatter={(v: number) => (shape === 'days' ? fmt.integer(v) : formatKpi(fmt, shape, v))}
          />
          <Tooltip
            formatter={(value, name) => [
              formatKpi(fmt, metaOf(kpiOfGoalKey(String(name)) ?? String(name)).shape, Number(value)),
              nameOf(String(name)),
            ]}
          />
          {series.length + goalKpis.length > 1 ? (
            <Legend
              content={({ payload }) => (
                <ChartLegend payload={payload} name={t('chart.legend')} label={nameOf} />
              )}
            />
          ) : null}
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
              >
                {points.map((p) =>
                  isOpen(p) ? (
                    <Cell
                      key={p.start}
                      fillOpacity={0.3}
                      stroke={metaOf(kpi).color}
                      strokeDasharray="4 3"
                      data-incomplete="true"
                    />
                  ) : (
                    <Cell key={p.start} />
                  ),
                )}
              </Bar>
            ) : (
              [
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
                />,
                lastOpen ? (
                  <Line
                    key={openKey(kpi)}
                    dataKey={openKey(kpi)}
                    name={kpi}
                    legendType="none"
                    stroke={metaOf(kpi).color}
                    strokeWidth={2.5}
                    strokeDasharray="5 4"
                    dot={{ r: 3, fill: INK.background }}
                    isAnimationActive={false}
                  />
                ) : null,
              ]
            ),
          )}
          {commentMarkers(
            comments,
            points.map((p) => ({ start: p.start, end: p.end, label: label(p) })),
          )}
          {goalLines(goalKpis)}
        </ComposedChart>
      </ResponsiveContainer>
    </ChartFrame>
  );
};
