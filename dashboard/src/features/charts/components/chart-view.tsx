import { useId, useMemo, useState } from 'react';
import { useI18n } from '@/lib/i18n/i18n.tsx';
import { type ChartTable, toSeries } from '../model/chart-table.ts';
import { MAX_POINTS_PER_SERIES } from '../model/downsample.ts';
import type { ChartType } from '../model/spec.ts';
import { DataTable } from './data-table.tsx';
import { SharePieChart } from './pie-chart.tsx';
import { SeriesChart } from './series-chart.tsx';

interface Props {
  readonly table: ChartTable;
  readonly type: ChartType;
  readonly title: string;
  readonly height?: number;
  /** The figure element, for image export. */
  readonly figureRef?: React.Ref<HTMLDivElement>;
}

/**
 * One drawn chart with its table view. The table is the text alternative of the picture: a
 * screen reader is pointed to it, and anyone can open it under the chart.
 */
export const ChartView = ({ table, type, title, height = 360, figureRef }: Props) => {
  const { t } = useI18n();
  const [showTable, setShowTable] = useState(type === 'TABLE');
  const tableId = useId();
  const data = useMemo(() => toSeries(table), [table]);
  if (type === 'TABLE') return <DataTable table={table} caption={title} />;
  return (
    <div className="chart-view">
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
          <SeriesChart
            data={data}
            type={type}
            height={height}
            timeAxis={table.dimensions[0]?.key === 'TIME'}
          />
        )}
      </div>
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
        <DataTable table={table} caption={`${t('charts.tableView')}: ${title}`} />
      </div>
    </div>
  );
};
