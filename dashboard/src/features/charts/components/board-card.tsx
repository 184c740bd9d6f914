import { useMemo } from 'react';
import { Link } from 'react-router';
import { ApiErrorPanel } from '@/components/api-error-panel.tsx';
import { EmptyState } from '@/components/empty-state.tsx';
import { regionFromEnum } from '@/lib/graphql/enums.ts';
import { useI18n } from '@/lib/i18n/i18n.tsx';
import { kpiRefusalKey } from '@/lib/i18n/refusal-keys.ts';
import { useChartComments } from '../api/chart-comments-query.ts';
import { useChartData } from '../api/chart-data-query.ts';
import type { SavedChart } from '../api/saved-chart-fields.ts';
import { type BoardFilters, withBoardFilters } from '../model/board-filters.ts';
import { specOfSaved } from '../model/spec.ts';
import { ChartView } from './chart-view.tsx';

interface Props {
  readonly chart: SavedChart;
  /** The board's filters, over the chart's own. */
  readonly filters: BoardFilters;
  /** A click on a region's bar: the board is filtered by that region. */
  readonly onRegion: (region: string) => void;
  readonly busy: boolean;
  readonly first: boolean;
  readonly last: boolean;
  readonly onMove: (by: -1 | 1) => void;
  readonly onRemove: () => void;
}

export const BoardCard = ({ chart, filters, onRegion, busy, first, last, onMove, onRemove }: Props) => {
  const { t } = useI18n();
  const spec = useMemo(() => withBoardFilters(specOfSaved(chart), filters), [chart, filters]);
  const byRegion = spec.dimensions[0]?.by === 'REGION';
  const data = useChartData(spec);
  const comments = useChartComments(spec);
  return (
    <article className="card board-card" aria-labelledby={`board-${chart.id}`}>
      <header className="board-card__header">
        <h2 id={`board-${chart.id}`}>
          <Link to={`/charts/c/${chart.id}`}>{chart.name}</Link>
        </h2>
        <fieldset className="board-card__tools">
          <legend className="visually-hidden">{t('charts.board.moveLabel', { name: chart.name })}</legend>
          <button
            type="button"
            className="button button--small"
            disabled={busy || first}
            onClick={() => onMove(-1)}
          >
            ↑ {t('charts.board.moveUp')}
          </button>
          <button
            type="button"
            className="button button--small"
            disabled={busy || last}
            onClick={() => onMove(1)}
          >
            ↓ {t('charts.board.moveDown')}
          </button>
          <button type="button" className="button button--small" disabled={busy} onClick={onRemove}>
            {t('charts.board.remove')}
          </button>
        </fieldset>
      </header>
      {data.refusal ? (
        <p className="form-error">
          {t('charts.refused')} {t(kpiRefusalKey(data.refusal))}
        </p>
      ) : data.error ? (
        <ApiErrorPanel error={data.error} onRetry={data.refetch} />
      ) : data.table ? (
        data.table.rows.length === 0 ? (
          <EmptyState title={t('charts.empty.data')} />
        ) : (
          <ChartView
            table={data.table}
            type={spec.chartType}
            title={chart.name}
            height={260}
            onCategory={byRegion ? (code) => onRegion(regionFromEnum(code)) : undefined}
            comments={comments}
          />
        )
      ) : (
        <div
          className="progress-bar progress-bar--indeterminate"
          role="status"
          aria-label={t('charts.run.loading')}
        />
      )}
    </article>
  );
};
