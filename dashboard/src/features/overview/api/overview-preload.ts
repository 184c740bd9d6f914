import { preloadQuery } from '@/lib/graphql/preload.ts';
import { almatyToday, parseFilters } from '../model/filters.ts';
import { OverviewSummaryQuery, summaryVariables } from './kpi-summary-query.ts';
import { OverviewTrendsQuery, trendsVariables } from './overview-trends-query.ts';

type OverviewModule = typeof import('../components/overview-page.tsx');
let arrived: OverviewModule | null = null;

/** The overview's code: the router's lazy page and the early fetch below share this one chunk. */
export const loadOverviewPage = (): Promise<OverviewModule> =>
  import('../components/overview-page.tsx').then((module) => {
    arrived = module;
    return module;
  });

/** The overview's page if its code has arrived already (the early fetch below asked for it). */
export const arrivedOverviewPage = (): OverviewModule['default'] | null => arrived?.default ?? null;

/**
 * Opened at /overview, the lead figures, the trends and the screen's code are asked for at once,
 * beside the session check, not after the session, the shell and the page have rendered. The
 * page's own queries then take these answers (same document, same variables).
 */
export const preloadOverview = (location: { readonly pathname: string; readonly search: string }) => {
  if (!location.pathname.startsWith('/overview')) return;
  const filters = parseFilters(new URLSearchParams(location.search), almatyToday(new Date()));
  preloadQuery(OverviewSummaryQuery, summaryVariables(filters));
  preloadQuery(OverviewTrendsQuery, trendsVariables(filters));
  // The questions before the code: the page's code is a dozen files, and a browser keeps six
  // connections to a server, so asked first the code would hold the lead figures' question back.
  void loadOverviewPage();
};
