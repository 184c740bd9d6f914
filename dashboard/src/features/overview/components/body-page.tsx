import { useState } from 'react';
import { ApiErrorPanel } from '@/components/api-error-panel.tsx';
import { EmptyState } from '@/components/empty-state.tsx';
import { PageProgress } from '@/components/page-progress.tsx';
import { useCentralBodyName } from '@/lib/catalogue/central-bodies.ts';
import { useI18n } from '@/lib/i18n/i18n.tsx';
import { useViewer } from '@/lib/session/session.tsx';
import { useOverviewSummary } from '../api/kpi-summary-query.ts';
import { useOverviewTargets } from '../api/targets-query.ts';
import type { DrillTarget } from '../model/kpi-view.ts';
import { targetFor } from '../model/targets.ts';
import { useOverviewFilters } from '../model/use-overview-filters.ts';
import { DrillDownDrawer } from './drill-down-drawer.tsx';
import { HeadlineCards } from './headline-cards.tsx';
import '../overview.css';

/**
 * A central body's officer's landing page: their body's own figures, the lead KPIs of the chair's
 * overview. The server binds every figure to the officer's unit, so the page asks for no unit.
 */
const BodyPage = () => {
  const { t, fmt, lang } = useI18n();
  const viewer = useViewer();
  const { filters } = useOverviewFilters();
  const summary = useOverviewSummary(filters);
  const name = useCentralBodyName(viewer.centralBody);
  // The body's own targets (the server answers an officer with their unit's only), each card
  // showing the one that applies on the period's last day, as the overview's do.
  const targets = useOverviewTargets(filters);
  const targetOf = (kpi: string) =>
    targets.data && viewer.centralBody ? targetFor(targets.data, kpi, viewer.centralBody, filters.to) : null;
  const [drill, setDrill] = useState<DrillTarget | null>(null);
  const entries = summary.data?.entries;
  const open = (kpi: string, label: string) =>
    setDrill({
      kpi,
      label,
      from: filters.from,
      to: filters.to,
      region: null,
      sphere: null,
      district: null,
      unit: viewer.centralBody ?? null,
      asOf: null,
    });
  return (
    <section aria-labelledby="body-page-title" className="overview">
      <div className="page-header">
        <div>
          <h1 id="body-page-title">{name ? name[lang] : (viewer.centralBody ?? '')}</h1>
          <p>{t('bodyPage.lead', { from: fmt.date(filters.from), to: fmt.date(filters.to) })}</p>
        </div>
      </div>
      {summary.error ? <ApiErrorPanel error={summary.error} onRetry={summary.refetch} /> : null}
      {targets.error ? <ApiErrorPanel error={targets.error} onRetry={targets.refetch} /> : null}
      {summary.loading && !entries ? <PageProgress /> : null}
      {summary.data?.empty ? <EmptyState title={t('bodyPage.empty')} /> : null}
      {entries ? (
        <div id="headline-kpis">
          <HeadlineCards entries={entries} changedAt={summary.changedAt} targetOf={targetOf} onOpen={open} />
        </div>
      ) : null}
      <DrillDownDrawer target={drill} onClose={() => setDrill(null)} />
    </section>
  );
};

export default BodyPage;
