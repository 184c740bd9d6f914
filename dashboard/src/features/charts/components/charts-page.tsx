import { Route, Routes, useLocation, useParams, useSearchParams } from 'react-router';
import { ApiErrorPanel } from '@/components/api-error-panel.tsx';
import { EmptyState } from '@/components/empty-state.tsx';
import { PageProgress } from '@/components/page-progress.tsx';
import { TabNav } from '@/components/tab-nav.tsx';
import { useI18n } from '@/lib/i18n/i18n.tsx';
import { useViewer } from '@/lib/session/session.tsx';
import { useSavedChart } from '../api/saved-chart-query.ts';
import { decodeSpec, defaultSpec, specOfSaved } from '../model/spec.ts';
import { BoardPage } from './board-page.tsx';
import { ChartBuilder } from './chart-builder.tsx';
import { MyCharts } from './my-charts.tsx';
import './charts.css';

const today = () => new Date(Date.now() + 5 * 3_600_000).toISOString().slice(0, 10);

const NewChart = () => {
  const [search] = useSearchParams();
  return <ChartBuilder initial={decodeSpec(search.get('spec')) ?? defaultSpec(today())} saved={null} />;
};

/** A chart opened by its URL, as the analyst who saved it or any colleague sees it. */
const OpenChart = () => {
  const { t } = useI18n();
  const { chartId = '' } = useParams();
  const location = useLocation();
  const { chart, error, refetch } = useSavedChart(chartId);
  if (error) return <ApiErrorPanel error={error} onRetry={refetch} />;
  if (chart === undefined) return <PageProgress />;
  if (chart === null) return <EmptyState title={t('charts.notFound')} />;
  const justSaved = (location.state as { justSaved?: boolean } | null)?.justSaved === true;
  return (
    <ChartBuilder
      key={`${chart.id}:${chart.revision}`}
      initial={specOfSaved(chart)}
      saved={chart}
      justSaved={justSaved}
    />
  );
};

export default function ChartsPage() {
  const { t } = useI18n();
  const viewer = useViewer();
  const analyst = viewer.role === 'ANALYST';
  return (
    <div className="charts-page">
      <header className="page-header">
        <div>
          <h1>{t('charts.title')}</h1>
          <p>{t('charts.lead')}</p>
        </div>
      </header>
      {analyst ? (
        <TabNav
          label={t('charts.title')}
          tabs={[
            { to: '/charts', label: t('charts.tab.builder'), end: true },
            { to: '/charts/mine', label: t('charts.tab.mine') },
            { to: '/charts/board', label: t('charts.tab.board') },
          ]}
        />
      ) : null}
      <Routes>
        <Route index element={<NewChart />} />
        <Route path="c/:chartId" element={<OpenChart />} />
        {analyst ? <Route path="mine" element={<MyCharts />} /> : null}
        {analyst ? <Route path="board" element={<BoardPage />} /> : null}
        <Route path="*" element={<EmptyState title={t('charts.notFound')} />} />
      </Routes>
    </div>
  );
}
