import { useId, useMemo, useState } from 'react';
import type { ChartComment } from '@/components/comment-markers.tsx';
import type { MessageKey } from '@/lib/i18n/catalogue.ts';
import { useI18n } from '@/lib/i18n/i18n.tsx';
import { type Axis, planAxes } from '../model/axes.ts';
import { type ChartTable, timeBuckets, toSeries } from '../model/chart-table.ts';
import { MAX_POINTS_PER_SERIES } from '../model/downsample.ts';
import { toPivot } from '../model/pivot.ts';
import { COLOURED, encodeSeries } from '../model/series-encoding.ts';
import type { ChartType } from '../model/spec.ts';
import { ChartCommentList } from './chart-comment-list.tsx';
import { DataTable } from './data-table.tsx';
import { SharePieChart } from './pie-chart.tsx';
import { PivotTable } from './pivot-table.tsx';
import { SeriesChart } from './series-chart.tsx';
import { SeriesLegend } from './series-legend.tsx';

interface Props {
  readonly table: ChartTable;
  readonly type: ChartType;
  readonly title: string;
  readonly height?: number;
  /** The figure element, for image export. */
  readonly figureRef?: React.Ref<HTMLDivElement>;
  /** A click on a bar answers its category's code (a board filters by a region's bar). */
  readonly onCategory?: ((code: string) => void) | undefined;
  /** Comments on figures: marked on a chart over time, and listed under it with author and date. */
  readonly comments?: readonly ChartComment[];
}

/**
 * One drawn chart with its table view. The table is the text alternative of the picture: a
 * screen reader is pointed to it, and anyone can open it under the chart.
 */
export const ChartView = ({
  table,
  type,
  title,
  height = 360,
  figureRef,
  onCategory,
  comments = [],
}: Props) => {
  const { t, fmt } = useI18n();
  const [showTable, setShowTable] = useState(type === 'TABLE');
  const [active, setActive] = useState<string | null>(null);
  const tableId = useId();
  const [pivoted, setPivoted] = useState(false);
  const pivot = useMemo(() => toPivot(table), [table]);
  const data = useMemo(() => toSeries(table, undefined, table.period?.to), [table]);
  const encoded = useMemo(() => encodeSeries(data, t('charts.other')), [data, t]);
  const buckets = useMemo(() => timeBuckets(table, encoded.points), [table, encoded.points]);
  // Only comments whose day falls on a drawn bucket are marked, and so listed.
  const marked = comments.filter((c) => buckets.some((b) => b.start <= c.date && c.date <= b.end));
  if (type === 'TABLE') return <DataTable table={table} caption={title} />;
  // Two units share one chart (an axis left, one right); three or more get a chart each.
  const plan = planAxes(encoded.series);
  const unitName = (axis: Axis) =>
    axis.shape === 'decimal' ? axis.measureLabel : t(`charts.unit.${axis.shape}` as MessageKey);
  const unitNames = plan.panels.flat().map(unitName).join(', ');
  // Two axes in one chart: the legend says which one each series is read against.
  const sideOf =
    plan.panels.length === 1 && plan.panels[0]!.length > 1
      ? (key: string) => plan.panels[0]!.find((a) => a.series.includes(key))?.side ?? null
      : undefined;
  const lastOpen = data.points.find((p) => p.category === data.incomplete.at(-1));
  return (
    <div className="chart-view">
      {type !== 'PIE' && plan.mixed ? (
        <p className="chart-view__units" role="note" data-testid="units-note">
          {t(plan.split ? 'charts.units.panels' : 'charts.units.mixed', { units: unitNames })}
        </p>
      ) : null}
      <div
        ref={figureRef}
        className="chart-view__figure"
        role="img"
        aria-label={title}
        aria-describedby={tableId}
      >
        {type === 'PIE' ? (
          <SharePieChart data={data} height={height} otherLabel={t('charts.other')} />
        ) : (
          <>
            {plan.panels.map((panel) => (
              <div
                key={panel.map((a) => a.unit).join('+')}
                className="chart-view__panel"
                data-units={panel.map((a) => a.unit).join(' ')}
              >
                <SeriesChart
                  series={encoded.series.filter((s) => panel.some((a) => a.series.includes(s.key)))}
                  axes={panel}
                  points={encoded.points}
                  type={type}
                  height={plan.panels.length > 1 ? Math.max(200, Math.round(height * 0.6)) : height}
                  timeAxis={table.dimensions[0]?.key === 'TIME'}
                  incomplete={data.incomplete}
                  active={active}
                  onCategory={onCategory}
                  comments={marked}
                  buckets={buckets}
                />
              </div>
            ))}
            <SeriesLegend
              series={encoded.series}
              others={encoded.others}
              othersLabel={t('charts.other')}
              onActive={setActive}
              sideOf={sideOf}
            />
          </>
        )}
      </div>
      {type !== 'PIE' && marked.length > 0 ? <ChartCommentList comments={marked} /> : null}
      {encoded.others > 0 && type !== 'PIE' ? (
        <p className="chart-view__note">
          {t('charts.others.note', { total: data.series.length, shown: COLOURED })}
        </p>
      ) : null}
      {lastOpen && table.period && type !== 'PIE' ? (
        <p className="chart-view__note" data-testid="incomplete-note">
          {t('charts.incomplete', { bucket: lastOpen.label, date: fmt.date(table.period.to) })}
        </p>
      ) : null}
      {data.reduced ? (
        <p className="chart-view__note">{t('charts.reduced', { max: MAX_POINTS_PER_SERIES })}</p>
      ) : null}
      <button
        type="button"
        className="button button--small chart-view__toggle"
        aria-expanded={showTable}
        aria-controls={tableId}
        onClick={() => setShowTable((v) => !v)}
      >
        {showTable ? t('charts.hideTable') : t('charts.showTable')}
      </button>
      <div id={tableId} hidden={!showTable}>
        {pivot ? (
          <fieldset className="pivot-switch">
            <legend className="visually-hidden">{t('charts.tableView')}</legend>
            <button
              type="button"
              className="button button--small"
              aria-pressed={!pivoted}
              onClick={() => setPivoted(false)}
            >
              {t('charts.longTable')}
            </button>
            <button
              type="button"
              className="button button--small"
              aria-pressed={pivoted}
              onClick={() => setPivoted(true)}
            >
              {t('charts.pivot')}
            </button>
          </fieldset>
        ) : null}
        {pivot && pivoted ? (
          <PivotTable pivot={pivot} table={table} title={title} />
        ) : (
          <DataTable table={table} caption={`${t('charts.tableView')}: ${title}`} />
        )}
      </div>
    </div>
  );
};
