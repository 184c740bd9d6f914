import { isRecurrence, RECURRENCE_WINDOW_DAYS } from '../definition/risks.ts';
import { NO_DAY } from '../fold/columns.ts';
import type { KnowledgeView } from './view.ts';

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

/**
 * For each of `removed` (risk indices), the first risk that made it recur, or -1: one pass over
 * the risks for a whole page of the audit trail.
 */
export const recurringRisks = (view: KnowledgeView, removed: readonly number[]): Map<number, number> => {
  const r = view.risks;
  const found = new Map<number, number>(removed.map((i) => [i, -1]));
  const byScheme = new Map<number, number[]>();
  for (const i of removed) {
    if (r.remDay[i] === NO_DAY) continue;
    const scheme = r.pair[i]! * CAUSES + r.cause[i]!;
    const list = byScheme.get(scheme);
    if (list) list.push(i);
    else byScheme.set(scheme, [i]);
  }
  if (byScheme.size === 0) return found;
  for (let k = 0; k < r.n; k++) {
    if (!r.valid[k]) continue;
    const candidates = byScheme.get(r.pair[k]! * CAUSES + r.cause[k]!);
    if (!candidates) continue;
    const d = r.idDay[k]!;
    for (const i of candidates) {
      const removedOn = r.remDay[i]!;
      const best = found.get(i)!;
      if (isRecurrence(removedOn, d) && (best < 0 || d < r.idDay[best]!)) found.set(i, k);
    }
  }
  return found;
};
