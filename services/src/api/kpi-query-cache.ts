import { useQueryResultCache } from '../runtime/query-result-cache.ts';
import type { ApiContext } from './context.ts';

/** KPI queries whose answer is a function of the read models below, their arguments and the caller. */
export const CACHED_KPI_FIELDS = ['kpiSummary', 'kpiSeries', 'chart'] as const;

/**
 * The yoga plugin that answers a repeated KPI query from memory while the KPI, target and outcome
 * read models stay at the same log positions (each caller separately): for `buildApp`'s plugin list.
 */
export const useKpiQueryCache = (maxEntries = 2_000) =>
  useQueryResultCache<ApiContext & Record<string, unknown>>({
    fields: CACHED_KPI_FIELDS,
    // The chart reads targets and outcomes (receptions, surveys) beside the KPIs: a survey moves
    // the outcomes' position without moving the KPIs'.
    version: (context) => {
      const models = context.services.projections?.readModels;
      if (!models) return null;
      return `${models.kpi().position}|${models.targets().position}|${models.outcomes().position}`;
    },
    caller: (context) => context.viewer?.userId ?? null,
    maxEntries,
  });
