import { startTransition, useEffect, useState } from 'react';
import { Link } from 'react-router';
import { ApiErrorPanel } from '@/components/api-error-panel.tsx';
import { EmptyState } from '@/components/empty-state.tsx';
import { FilterChip } from '@/components/filter-chip.tsx';
import { PageProgress } from '@/components/page-progress.tsx';
import { useI18n } from '@/lib/i18n/i18n.tsx';
import { COUNTRY_READERS, governs } from '@/lib/session/home-path.ts';
import { useViewer } from '@/lib/session/session.tsx';
import { useBodyLeague } from '../api/body-league-query.ts';
import { useFigureComments } from '../api/figure-comments.ts';
import { useOverviewSummary } from '../api/kpi-summary-query.ts';
import { useLeagueSparklines, usePreviousLeague } from '../api/league-movement-query.ts';
import { useOverviewGoals } from '../api/overview-goals-query.ts';
import { useOverviewTrends } from '../api/overview-trends-query.ts';
import { usePerceptionChange } from '../api/perception-change-query.ts';
import { useOverviewPerception } from '../api/perception-query.ts';
import { useRegionLeague } from '../api/region-league-query.ts';
import { useReportCommentary } from '../api/report-commentary.ts';
import { useOverviewTargets } from '../api/targets-query.ts';
import { granularityFor } from '../model/granularity.ts';
import type { DrillTarget } from '../model/kpi-view.ts';
import { outcomePoints } from '../model/outcome-points.ts';
import { perceptionLines } from '../model/perception.ts';
import { reviewPeriodOf } from '../model/review-period.ts';
import { COUNTRY, leagueStatuses, targetFor } from '../model/targets.ts';
import { useOverviewFilters } from '../model/use-overview-filters.ts';
import { AsOfBanner } from './as-of-banner.tsx';
import { BodyLeagueTable } from './body-league-table.tsx';
import { FunnelChart } from './charts/funnel-chart.tsx';
import { LazySeriesChart, loadSeriesChart } from './charts/lazy-series-chart.tsx';
import { OutcomeChart } from './charts/outcome-chart.tsx';
import { TREND_CHARTS } from './charts/trend-charts.ts';
import { CommentaryForm } from './commentary-form.tsx';
import { DrillDownDrawer } from './drill-down-drawer.tsx';
import { FigureComments } from './figure-comments.tsx';
import { FilterBar } from './filter-bar.tsx';
import { HeadlineCards } from './headline-cards.tsx';
import { type LeagueSort, LeagueTable, rankedKpi } from './league-table.tsx';
import { PerceptionTable } from './perception-table.tsx';
import { PrintCommentary } from './print-commentary.tsx';
import { RegionDistricts } from './region-districts.tsx';
import { RegionTileMap } from './region-tile-map.tsx';
import { ReportButton } from './report-button.tsx';
import { TargetForm } from './target-form.tsx';
import '../overview.css';

/** The chair's screen: the lead KPIs, their trends, the funnel and the regions side by side. */
const OverviewPage = () => {
  const { t, fmt, region, lang } = useI18n();
  // The charting library (about 95 KB compressed, several hundred milliseconds to compile and run
  // on a modest machine) is asked for once the page has drawn, so the lead figures, whose answer
  // usually came before this code ran, do not wait behind it.
  useEffect(() => {
    void loadSeriesChart();
  }, []);
  // The first render draws the header, the filters and the lead figures only; the forms, trends,
  // league and map (most of the page's elements) follow in a transition, which yields to the
  // browser, so the figures are painted without waiting for a page's worth of rendering.
  const [restDrawn, setRestDrawn] = useState(false);
  useEffect(() => {
    startTransition(() => setRestDrawn(true));
  }, []);
  const { filters, update, today } = useOverviewFilters();
  const summary = useOverviewSummary(filters);
  const trends = useOverviewTrends(filters);
  // Goals by the granularity the trends came back in, so that their buckets line up.
  const goals = useOverviewGoals(
    filters,
    trends.data?.granularity ?? granularityFor(filters.from, filters.to),
  );
  const league = useRegionLeague(filters);
  const [leagueSort, setLeagueSort] = useState<LeagueSort>('causesRemoved');
  const previousLeague = usePreviousLeague(filters, rankedKpi(leagueSort), summary.data?.previousPeriod);
  const sparklines = useLeagueSparklines(filters, rankedKpi(leagueSort));
  const targets = useOverviewTargets(filters);
  const perception = useOverviewPerception(filters);
  const perceptionChange = usePerceptionChange(filters);
  const comments = useFigureComments(filters);
  const reportUnit = filters.region ?? COUNTRY;
  const reportPeriod = reviewPeriodOf(filters.from, filters.to);
  const commentary = useReportCommentary(reportUnit, reportPeriod);
  const commentaryText = commentary.data?.reportCommentary?.text ?? '';
  const role = useViewer().role;
  const isChair = governs(role);
  const bodyLeague = useBodyLeague(filters, !COUNTRY_READERS.includes(role));
  const chartComments = (comments.data?.figureComments ?? []).map((c) => ({
    id: c.id,
    date: c.date,
    text: c.text,
    author: c.authorName ?? c.author,
  }));
  // A target is shown for the day the period ends on, for the region in focus or the country.
  const targetOf = (kpi: string) =>
    targets.data ? targetFor(targets.data, kpi, filters.region ?? COUNTRY, filters.to) : null;
  // Each league's column appears once one of its units (a region; a central body) has a target.
  const statuses = leagueStatuses(targets.data ?? [], filters.to, 'regions');
  const bodyStatuses = leagueStatuses(targets.data ?? [], filters.to, 'bodies');
  const [drill, setDrill] = useState<DrillTarget | null>(null);
  const selectRegion = (code: string) => update({ region: filters.region === code ? null : code });

  const open = (
    kpi: string,
    label: string,
    scope: Partial<Pick<DrillTarget, 'from' | 'to' | 'region' | 'unit'>> = {},
  ) =>
    setDrill({
      kpi,
      label,
      from: scope.from ?? filters.from,
      to: scope.to ?? filters.to,
      region: scope.region !== undefined ? scope.region : filters.region,
      sphere: filters.sphere,
      district: filters.district,
      unit: scope.unit ?? null,
      asOf: filters.asOf,
    });

  const entries = summary.data?.entries;
  const trend = trends.data;
  const empty = entries !== undefined && summary.data?.empty === true;
  return (
    <section aria-labelledby="overview-title" className="overview">
      {/* The filters hold a dozen controls; the indicators are what most visits come for. */}
      <a className="skip-link" href="#headline-kpis">
        {t('app.skipToKpis')}
      </a>
      <div className="page-header">
        <div>
          <h1 id="overview-title">{t('overview.title')}</h1>
          <p>{t('overview.period', { from: fmt.date(filters.from), to: fmt.date(filters.to) })}</p>
        </div>
        <ReportButton filters={filters} />
        {/* Beside the one-off download: the same report, sent after every period. */}
        {isChair ? (
          <Link className="button report-button" to="/report-schedules">
            {t('schedules.overviewLink')}
          </Link>
        ) : null}
        {summary.refreshing && !summary.loading ? (
          <span className="refreshing" role="status">
            {t('common.loading')}
          </span>
        ) : null}
      </div>
      <FilterBar filters={filters} today={today} onChange={update} />
      <div className="filter-chips">
        {filters.region ? (
          <FilterChip
            label={t('filters.region')}
            value={region(filters.region)}
            onRemove={() => update({ region: null })}
          />
        ) : null}
        <span className="filter-chips__hint">{t('filters.crossHint')}</span>
      </div>
      {filters.asOf ? (
        <AsOfBanner
          asOf={filters.asOf}
          position={summary.data?.position ?? null}
          onBack={() => update({ asOf: null })}
        />
      ) : null}
      {summary.error ? <ApiErrorPanel error={summary.error} onRetry={summary.refetch} /> : null}
      {summary.loading && !entries ? <PageProgress /> : null}
      {empty ? <EmptyState title={t('overview.empty')} /> : null}
      {entries ? (
        <div id="headline-kpis" tabIndex={-1}>
          <HeadlineCards entries={entries} changedAt={summary.changedAt} targetOf={targetOf} onOpen={open} />
        </div>
      ) : null}
      {restDrawn ? (
        <>
          {targets.error ? <ApiErrorPanel error={targets.error} onRetry={targets.refetch} /> : null}
          {isChair && !filters.asOf ? <TargetForm onChanged={targets.refetch} /> : null}
          {isChair && !filters.asOf ? (
            <CommentaryForm
              unit={reportUnit}
              period={reportPeriod}
              saved={commentaryText}
              onSaved={commentary.refetch}
            />
          ) : null}

          <h2 className="section-title">{t('overview.trends')}</h2>
          {trends.error ? <ApiErrorPanel error={trends.error} onRetry={trends.refetch} /> : null}
          <div className="chart-grid chart-grid--three">
            {trend ? (
              TREND_CHARTS.map((chart) => (
                <LazySeriesChart
                  key={chart.id}
                  id={chart.id}
                  title={t(chart.title)}
                  series={chart.series}
                  points={trend.points}
                  granularity={trend.granularity}
                  periodEnd={filters.to}
                  refreshing={trends.refreshing}
                  changedAt={trends.changedAt}
                  comments={chartComments}
                  onOpen={(kpi, p) => open(kpi, fmt.shortDate(p.start), { from: p.start, to: p.end })}
                  goals={goals.data}
                />
              ))
            ) : trends.loading ? (
              <PageProgress />
            ) : null}
          </div>

          {comments.data ? (
            <FigureComments
              comments={comments.data.figureComments}
              unit={filters.region ?? COUNTRY}
              canComment={COUNTRY_READERS.includes(role) && !filters.asOf}
              onChanged={comments.refetch}
            />
          ) : null}

          <h2 className="section-title">{t('overview.compare')}</h2>
          {league.error ? <ApiErrorPanel error={league.error} onRetry={league.refetch} /> : null}
          <div className="compare-grid">
            {entries ? (
              <FunnelChart
                values={{
                  risksIdentified: entries.risksIdentified?.current.value ?? null,
                  recommendationsIssued: entries.recommendationsIssued?.current.value ?? null,
                  causesRemoved: entries.causesRemoved?.current.value ?? null,
                }}
                refreshing={summary.refreshing}
                changedAt={summary.changedAt}
                onOpen={(kpi) => open(kpi, fmt.integer(entries[kpi]?.current.value ?? 0))}
              />
            ) : null}
            {league.data ? (
              <RegionTileMap
                rows={league.data.rows}
                measure={filters.map}
                selected={filters.region}
                onMeasure={(map) => update({ map })}
                // Cross-filtering: a tile sets the page's region (again: clears it), as a league row does.
                onOpen={(code) => selectRegion(code)}
                changedAt={league.changedAt}
                targets={targets.data}
                periodEnd={filters.to}
                perception={perception.data}
              />
            ) : null}
          </div>
          {league.data ? (
            <LeagueTable
              rows={league.data.rows}
              selected={filters.region}
              onSelectRegion={selectRegion}
              onOpen={(region, kpi) => open(kpi, t('league.title'), { region })}
              changedAt={league.changedAt}
              statuses={statuses}
              sortBy={leagueSort}
              onSortBy={setLeagueSort}
              previousRows={previousLeague.data?.rows ?? null}
              sparklines={sparklines.data ?? null}
            />
          ) : league.loading ? (
            <PageProgress />
          ) : null}
          {bodyLeague.error ? <ApiErrorPanel error={bodyLeague.error} onRetry={bodyLeague.refetch} /> : null}
          {bodyLeague.data ? (
            <BodyLeagueTable
              rows={bodyLeague.data.rows}
              onOpen={(body, kpi) => open(kpi, body.name[lang], { region: null, unit: body.code })}
              changedAt={bodyLeague.changedAt}
              statuses={bodyStatuses}
            />
          ) : null}
          {/* The chair's page of a region: the overview with that region in focus, district by district. */}
          <RegionDistricts filters={filters} />
          {perception.error ? <ApiErrorPanel error={perception.error} onRetry={perception.refetch} /> : null}
          {league.data && perception.data && perception.data.length > 0 ? (
            <PerceptionTable lines={perceptionLines(league.data.rows, perception.data)} />
          ) : null}
          {perceptionChange.error ? (
            <ApiErrorPanel error={perceptionChange.error} onRetry={perceptionChange.refetch} />
          ) : null}
          {league.data && perceptionChange.data && perceptionChange.data.length > 0 ? (
            <OutcomeChart
              points={outcomePoints(league.data.rows, perceptionChange.data)}
              refreshing={perceptionChange.refreshing || league.refreshing}
              changedAt={Math.max(perceptionChange.changedAt ?? 0, league.changedAt ?? 0) || null}
            />
          ) : null}
          <PrintCommentary text={commentaryText} />
        </>
      ) : null}
      <DrillDownDrawer target={drill} onClose={() => setDrill(null)} />
    </section>
  );
};

export default OverviewPage;
