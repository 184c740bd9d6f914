import type { ProjectedEvent } from '../../projection.ts';
import { kpiProjection } from './projection.ts';
import type { KpiState } from './state.ts';

/**
 * Folds events as a replay does: encoded a page at a time (pages of `pageSize`, or cut where
 * `cuts` say), then each row applied. The pages are structured-cloned first, as posting them from
 * the store's reader thread does.
 */
export const foldPaged = (
  events: readonly ProjectedEvent[],
  state: KpiState = kpiProjection.initialState(),
  pageSize = 7,
): KpiState => {
  const { pages } = kpiProjection;
  for (let from = 0; from < events.length; from += pageSize) {
    const page = structuredClone(pages.encodePage(events.slice(from, from + pageSize)).page);
    for (let r = 0; r < pages.size(page); r++) state = pages.apply(state, page, r);
  }
  return state;
};

export const modelOfPaged = (events: readonly ProjectedEvent[], pageSize?: number) => {
  const state = foldPaged(events, undefined, pageSize);
  return { state, position: state.position };
};
