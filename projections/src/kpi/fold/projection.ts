import type { PagedFold, Projection } from '../../projection.ts';
import { applyKpiInput, evolveKpi, KPI_EVENT_TYPES } from './evolve.ts';
import { encodePage, type KpiInputPage, typeOfRow } from './input.ts';
import { emptyKpiState, type KpiState } from './state.ts';

/**
 * The KPI read model. Its fold updates the state in place and returns it; it reads no clock and
 * no random source, so the same events always give the same state. A replay may fold it a page
 * at a time (`pages`): the same encoding and the same apply as `evolve`, in bulk.
 */
export const kpiProjection: Projection<KpiState> & { readonly pages: PagedFold<KpiState, KpiInputPage> } = {
  name: 'kpi',
  canHandle: KPI_EVENT_TYPES,
  initialState: emptyKpiState,
  evolve: evolveKpi,
  pages: {
    encodePage,
    // The module that exports `encodePage`, for the store's reader threads (they load modules,
    // not functions); named beside this file so that the import graph sees the arrow.
    encoderUrl: new URL('./input.ts', import.meta.url).href,
    size: (page) => page.count,
    positionAt: (page, r) => page.pos[r]!,
    typeAt: typeOfRow,
    apply: applyKpiInput,
  },
};
