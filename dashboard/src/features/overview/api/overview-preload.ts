import { preloadQuery } from '@/lib/graphql/preload.ts';
import { almatyToday, parseFilters } from '../model/filters.ts';
import { OverviewSummaryQuery, summaryVariables } from './kpi-summary-query.ts';
import { OverviewTrendsQuery, trendsVariables } from './overview-trends-query.ts';

/**
 * Opened at /overview, the lead figures and the trends are asked for as soon as this screen's
 * code arrives, beside the session check, not after the session, the shell and the page have
 * rendered. The page's own queries then take these answers (same document, same variables).
 */
export const preloadOverview = (location: { readonly pathname: string; readonly search: string }) => {
  if (!location.pathname.startsWith('/overview')) return;
  const filters = parseFilters(new URLSearchParams(location.search), almatyToday(new Date()));
  preloadQuery(OverviewSummaryQuery, summaryVariables(filters));
  preloadQuery(OverviewTrendsQuery, trendsVariables(filters));
};
