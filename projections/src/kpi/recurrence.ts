import { NO_DAY } from './columns.ts';
import type { KnowledgeView } from './view.ts';

/** A later risk "in the same scheme" is identified after the removal and at most this many days after it. */
export const RECURRENCE_WINDOW_DAYS = 365;

const DAY_OFFSET = 131_072;
const DAY_SPAN = 262_144;
const CAUSES = 16;

/** Orders risks by scheme (organization, process, cause category), then by the day identified. */
const schemeKey = (pair: number, cause: number, day: number): number =>
  (pair * CAUSES + cause) * DAY_SPAN + day + DAY_OFFSET;

/** First index in sorted `keys` whose key is greater than `key`. */
const upperBound = (keys: Float64Array, key: number): number => {
  let lo = 0;
  let hi = keys.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (keys[mid]! <= key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
};

/**
 * For every removed risk of the view, 1 when a valid risk of the same organization, process and
 * cause category was identified after the removal date and within 365 days of it: the same
 * scheme came back. The later risk need not match any filter: it is the scheme that recurs.
 */
export const recurredColumn = (view: KnowledgeView): Uint8Array => {
  if (view.memo.recurred) return view.memo.recurred;
  const r = view.risks;
  let valid = 0;
  for (let i = 0; i < r.n; i++) valid += r.valid[i]!;
  const keys = new Float64Array(valid);
  for (let i = 0, k = 0; i < r.n; i++)
    if (r.valid[i]) keys[k++] = schemeKey(r.pair[i]!, r.cause[i]!, r.idDay[i]!);
  keys.sort();
  const recurred = new Uint8Array(r.n);
  for (let i = 0; i < r.n; i++) {
    const removed = r.remDay[i]!;
    if (!r.valid[i] || removed === NO_DAY) continue;
    const after = upperBound(keys, schemeKey(r.pair[i]!, r.cause[i]!, removed));
    if (
      after < keys.length &&
      keys[after]! <= schemeKey(r.pair[i]!, r.cause[i]!, removed + RECURRENCE_WINDOW_DAYS)
    ) {
      recurred[i] = 1;
    }
  }
  view.memo.recurred = recurred;
  return recurred;
};

/** The first risk that made `i` recur (for the audit trail), or -1. */
export const recurringRisk = (view: KnowledgeView, i: number): number => {
  const r = view.risks;
  const removed = r.remDay[i]!;
  if (removed === NO_DAY) return -1;
  let best = -1;
  for (let k = 0; k < r.n; k++) {
    if (!r.valid[k] || r.pair[k] !== r.pair[i] || r.cause[k] !== r.cause[i]) continue;
    const d = r.idDay[k]!;
    if (d > removed && d <= removed + RECURRENCE_WINDOW_DAYS && (best < 0 || d < r.idDay[best]!)) best = k;
  }
  return best;
};
