import { useQueryResultCache } from '../runtime/query-result-cache.ts';
import type { ApiContext } from './context.ts';

/** KPI queries whose answer is a function of the KPI read model, their arguments and the caller. */
export const CACHED_KPI_FIELDS = ['kpiSummary', 'kpiSeries', 'chart'] as const;

/**
 * The yoga plugin that answers a repeated KPI query from memory while the KPI read model stays
 * at the same log position (each caller separately): for `buildApp`'s plugin list.
 */
export const useKpiQueryCache = (maxEntries = 2_000) =>
  useQueryResultCache<ApiContext & Record<string, unknown>>({
    fields: CACHED_KPI_FIELDS,
    version: (context) => context.services.projections?.readModels.kpi().position ?? null,
    caller: (context) => context.viewer?.userId ?? null,
    maxEntries,
  });
