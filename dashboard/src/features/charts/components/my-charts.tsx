import { readFragment } from 'gql.tada';
import { useState } from 'react';
import { Link } from 'react-router';
import { ApiErrorPanel } from '@/components/api-error-panel.tsx';
import { EmptyState } from '@/components/empty-state.tsx';
import { PageProgress } from '@/components/page-progress.tsx';
import { TableScroll } from '@/components/table-scroll.tsx';
import type { MessageKey } from '@/lib/i18n/catalogue.ts';
import { useI18n } from '@/lib/i18n/i18n.tsx';
import { ChartResultFields } from '../api/chart-result-fields.ts';
import { useDeleteChart } from '../api/delete-chart-mutation.ts';
import { useMyCharts } from '../api/my-charts-query.ts';
import type { SavedChart } from '../api/saved-chart-fields.ts';
import { useBoardOrder } from './use-board-order.ts';

/** The analyst's saved charts: open, pin to the board, delete. */
export const MyCharts = () => {
  const { t, fmt } = useI18n();
  const { charts, onBoard, error, refetch, data } = useMyCharts();
  const board = useBoardOrder(refetch);
  const remove = useDeleteChart();
  const [confirming, setConfirming] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  if (error) return <ApiErrorPanel error={error} onRetry={refetch} />;
  if (!charts) return <PageProgress />;
  if (charts.length === 0) {
    return (
      <EmptyState title={t('charts.mine.empty')}>
        <Link className="button button--primary" to="/charts">
          {t('charts.tab.builder')}
        </Link>
      </EmptyState>
    );
  }
  const boardIds = data?.myBoard.map((c) => c.id) ?? [];
  const toggleBoard = (chart: SavedChart) =>
    board.save(onBoard.has(chart.id) ? boardIds.filter((id) => id !== chart.id) : [...boardIds, chart.id]);
  const deleteChart = async (chart: SavedChart) => {
    const answer = await remove
      .run({
        input: { submissionId: crypto.randomUUID(), chartId: chart.id, expectedRevision: chart.revision },
      })
      .catch(() => null);
    setConfirming(null);
    if (!answer) return;
    const result = readFragment(ChartResultFields, answer.deleteChart);
    setNotice(result.__typename === 'ChartSucceeded' ? t('charts.deleted') : t('charts.conflict'));
    refetch();
  };
  return (
    <div className="card">
      <p aria-live="polite" className="notice-line">
        {notice ?? (board.running ? t('charts.board.saving') : '')}
      </p>
      {board.refused ? <p className="form-error">{board.refused}</p> : null}
      {board.error ? <ApiErrorPanel error={board.error} onRetry={() => void board.retry()} /> : null}
      {remove.error ? <ApiErrorPanel error={remove.error} /> : null}
      <TableScroll label={t('charts.tab.mine')}>
        <table className="charts-list">
          <thead>
            <tr>
              <th scope="col">{t('charts.name')}</th>
              <th scope="col">{t('charts.type')}</th>
              <th scope="col">{t('charts.updatedAt', { date: '' }).trim()}</th>
              <th scope="col">
                <span className="visually-hidden">{t('charts.open')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {charts.map((chart) => (
              <tr key={chart.id}>
                <th scope="row">
                  <Link to={`/charts/c/${chart.id}`}>{chart.name}</Link>
                </th>
                <td>{t(`charts.chartType.${chart.spec.chartType}` as MessageKey)}</td>
                <td>{fmt.dateTime(chart.updatedAt)}</td>
                <td className="charts-list__actions">
                  <button
                    type="button"
                    className="button button--small"
                    aria-pressed={onBoard.has(chart.id)}
                    disabled={board.running}
                    onClick={() => void toggleBoard(chart)}
                  >
                    {onBoard.has(chart.id) ? t('charts.board.remove') : t('charts.board.add')}
                  </button>
                  {confirming === chart.id ? (
                    <span className="confirm">
                      <span>{t('charts.deleteConfirm', { name: chart.name })}</span>
                      <button
                        type="button"
                        className="button button--small button--danger"
                        onClick={() => void deleteChart(chart)}
                      >
                        {t('charts.delete')}
                      </button>
                      <button
                        type="button"
                        className="button button--small"
                        onClick={() => setConfirming(null)}
                      >
                        {t('common.close')}
                      </button>
                    </span>
                  ) : (
                    <button
                      type="button"
                      className="button button--small"
                      onClick={() => setConfirming(chart.id)}
                    >
                      {t('charts.delete')}
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </div>
  );
};
