import { REGION_CODES, streams } from '@kpi/schema';
import type { EventStore } from '../store/port.ts';
import { boundaryState } from './boundary-state.ts';
import { yieldingEvery } from './yielding.ts';

/**
 * Catches up every region's unit state after a start, one unit after another, yielding to
 * requests as it goes: the first submission of a unit then reads only what followed, instead of
 * the unit's whole history (up to ~200k events after ten years). A submission arriving first
 * waits for its unit's warm-up, which it would otherwise have done itself.
 */
export const warmUnits = async (store: EventStore, signal?: AbortSignal): Promise<number> => {
  const breathe = yieldingEvery();
  let events = 0;
  for (const region of REGION_CODES) {
    if (signal?.aborted) break;
    const state = boundaryState(store, streams.unit(region));
    await state.catchUp(store, breathe);
    events += (state.revision ?? -1) + 1;
    const pause = breathe();
    if (pause) await pause;
  }
  return events;
};

/**
 * Restores every region's unit state from its saved file, one unit after another, without reading
 * the log beyond checking where each file ends (a unit without a file waits for `warmUnits`). Run
 * beside the read models' start: all units' files of 1M events cost ~3 s of this thread, which
 * then overlaps the start instead of holding the first submissions after it.
 */
export const restoreUnits = async (store: EventStore, signal?: AbortSignal): Promise<void> => {
  const breathe = yieldingEvery();
  for (const region of REGION_CODES) {
    if (signal?.aborted) break;
    await boundaryState(store, streams.unit(region)).restore(store);
    const pause = breathe();
    if (pause) await pause;
  }
};
