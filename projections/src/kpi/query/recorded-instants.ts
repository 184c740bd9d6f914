import type { KpiState } from '../fold/state.ts';
import { upperBound } from './upper-bound.ts';

/**
 * The folded events' recorded instants, as a cut asks of them: the latest instant, and the last
 * position recorded by an instant. A log whose instants never decreased is searched as it is. For
 * one that went back in time (a seeded or migrated history) the latest instant and each entry's
 * suffix minimum (the earliest instant from it to the end) are kept per state and extended as
 * the fold appends, instead of walking every event of the log at each query (6-8 ms at 3.6M
 * events, at every summary). Entries are in position order, so the last one recorded by an
 * instant is the last whose suffix minimum is not after it.
 */
interface Instants {
  /** Log entries taken in. */
  count: number;
  latest: number;
  suffixMin: Float64Array;
}

const kept = new WeakMap<KpiState, Instants>();

const instantsOf = (state: KpiState): Instants => {
  const log = state.log;
  let s = kept.get(state);
  if (s && s.count === log.count) return s;
  if (!s || s.count > log.count) {
    s = { count: 0, latest: Number.NEGATIVE_INFINITY, suffixMin: new Float64Array(0) };
    kept.set(state, s);
  }
  if (s.suffixMin.length < log.count) {
    const grown = new Float64Array(log.count + (log.count >> 3) + 16);
    grown.set(s.suffixMin.subarray(0, s.count));
    s.suffixMin = grown;
  }
  const min = s.suffixMin;
  if (s.count === 0) {
    // Taken in whole in one backward pass, so that no order of instants costs more.
    let low = Number.POSITIVE_INFINITY;
    for (let k = log.count - 1; k >= 0; k--) {
      const at = log.at[k]!;
      if (at < low) low = at;
      if (at > s.latest) s.latest = at;
      min[k] = low;
    }
    s.count = log.count;
    return s;
  }
  for (let k = s.count; k < log.count; k++) {
    const at = log.at[k]!;
    if (at > s.latest) s.latest = at;
    min[k] = at;
    // An entry earlier than those before it lowers their suffix minima; usually none.
    for (let j = k - 1; j >= 0 && min[j]! > at; j--) min[j] = at;
  }
  s.count = log.count;
  return s;
};

/** The latest recorded instant folded; -Infinity when nothing is. */
export const lastRecordedAt = (state: KpiState): number => {
  const log = state.log;
  if (log.count === 0) return Number.NEGATIVE_INFINITY;
  return log.ordered ? log.at[log.count - 1]! : instantsOf(state).latest;
};

/** The last log position folded among events recorded at or before `asOf`; 0 when none. */
export const positionRecordedBy = (state: KpiState, asOf: number): number => {
  const log = state.log;
  if (asOf === Number.POSITIVE_INFINITY) return state.position;
  // Entries recorded at or before asOf: a prefix of the log if ordered, else of the suffix minima.
  const k = upperBound(log.ordered ? log.at : instantsOf(state).suffixMin, asOf, log.count);
  return k === 0 ? 0 : log.pos[k - 1]!;
};
