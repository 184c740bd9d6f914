import { Link, useSearchParams } from 'react-router';
import { ApiErrorPanel } from '@/components/api-error-panel.tsx';
import { EmptyState } from '@/components/empty-state.tsx';
import { PageProgress } from '@/components/page-progress.tsx';
import { useI18n } from '@/lib/i18n/i18n.tsx';
import { useMyBoard } from '../api/my-board-query.ts';
import { parseBoardFilters, writeBoardFilters } from '../model/board-filters.ts';
import { BoardCard } from './board-card.tsx';
import { BoardFilterBar } from './board-filter-bar.tsx';
import { useBoardOrder } from './use-board-order.ts';

/** The analyst's personal board: saved charts in the order they chose, moved with buttons. */
export const BoardPage = () => {
  const { t } = useI18n();
  const { charts, error, refetch } = useMyBoard();
  const order = useBoardOrder(refetch);
  // In the URL, so a filtered board can be bookmarked and sent to a colleague.
  const [search, setSearch] = useSearchParams();
  const filters = parseBoardFilters(search);
  const filter = (change: Parameters<typeof writeBoardFilters>[0]) =>
    setSearch(writeBoardFilters(change, search), { replace: true });
  if (error) return <ApiErrorPanel error={error} onRetry={refetch} />;
  if (!charts) return <PageProgress />;
  if (charts.length === 0) {
    return (
      <EmptyState title={t('charts.board.empty')}>
        <Link className="button button--primary" to="/charts/mine">
          {t('charts.tab.mine')}
        </Link>
      </EmptyState>
    );
  }
  const ids = charts.map((c) => c.id);
  const move = (index: number, by: -1 | 1) => {
    const next = [...ids];
    const [id] = next.splice(index, 1);
    next.splice(index + by, 0, id!);
    void order.save(next);
  };
  return (
    <>
      <p aria-live="polite" className="notice-line">
        {order.running ? t('charts.board.saving') : ''}
      </p>
      {order.refused ? <p className="form-error">{order.refused}</p> : null}
      {order.error ? <ApiErrorPanel error={order.error} onRetry={() => void order.retry()} /> : null}
      <BoardFilterBar filters={filters} onChange={filter} />
      <ol className="board">
        {charts.map((chart, index) => (
          <li key={chart.id} className="board__item">
            <BoardCard
              chart={chart}
              filters={filters}
              onRegion={(region) => filter({ region: filters.region === region ? null : region })}
              busy={order.running}
              first={index === 0}
              last={index === charts.length - 1}
              onMove={(by) => move(index, by)}
              onRemove={() => void order.save(ids.filter((id) => id !== chart.id))}
            />
          </li>
        ))}
      </ol>
    </>
  );
};
