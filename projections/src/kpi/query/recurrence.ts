import { isRecurrence, RECURRENCE_WINDOW_DAYS } from '../definition/risks.ts';
import { NO_DAY } from '../fold/columns.ts';
import { upperBound } from './upper-bound.ts';
import type { KnowledgeView } from './view.ts';

const DAY_OFFSET = 131_072;
const DAY_SPAN = 262_144;
const CAUSES = 16;

/** Orders risks by scheme (organization, process, cause category), then by the day identified. */
export const schemeKey = (pair: number, cause: number, day: number): number =>
  (pair * CAUSES + cause) * DAY_SPAN + day + DAY_OFFSET;

/** A scheme holding more risks than this is sorted once and searched by halves; smaller ones are scanned. */
const SCANNED_SCHEME = 16;

/**
 * For every removed risk of the view, 1 when a valid risk of the same organization, process and
 * cause category was identified after the removal date and within 365 days of it: the same
 * scheme came back. The later risk need not match any filter: it is the scheme that recurs.
 *
 * Built on every new head and every new asOf, so its cost is what the first summary after an
 * append pays: the valid risks are grouped by (organization, process) pair with a counting sort,
 * linear in the risks, instead of one sort of every key, which took half a second at a million
 * risks. A removed risk then looks only at the risks of its own pair.
 */
export const recurredColumn = (view: KnowledgeView): Uint8Array => {
  if (view.memo.recurred) return view.memo.recurred;
  const r = view.risks;
  let pairs = 0;
  let valid = 0;
  for (let i = 0; i < r.n; i++) {
    if (!r.valid[i]) continue;
    valid++;
    if (r.pair[i]! >= pairs) pairs = r.pair[i]! + 1;
  }
  // start[p]..start[p + 1]: where the keys of pair p lie, each cause category and day identified.
  const start = new Int32Array(pairs + 1);
  for (let i = 0; i < r.n; i++) if (r.valid[i]) start[r.pair[i]! + 1]!++;
  for (let p = 0; p < pairs; p++) start[p + 1]! += start[p]!;
  const keys = new Float64Array(valid);
  const next = start.slice(0, pairs);
  for (let i = 0; i < r.n; i++)
    if (r.valid[i]) keys[next[r.pair[i]!]!++] = schemeKey(0, r.cause[i]!, r.idDay[i]!);
  for (let p = 0; p < pairs; p++)
    if (start[p + 1]! - start[p]! > SCANNED_SCHEME) keys.subarray(start[p]!, start[p + 1]!).sort();

  const recurred = new Uint8Array(r.n);
  for (let i = 0; i < r.n; i++) {
    const removed = r.remDay[i]!;
    if (!r.valid[i] || removed === NO_DAY) continue;
    const p = r.pair[i]!;
    const after = schemeKey(0, r.cause[i]!, removed);
    const until = schemeKey(0, r.cause[i]!, removed + RECURRENCE_WINDOW_DAYS);
    const from = start[p]!;
    const to = start[p + 1]!;
    if (to - from > SCANNED_SCHEME) {
      const k = from + upperBound(keys.subarray(from, to), after);
      if (k < to && keys[k]! <= until) recurred[i] = 1;
      continue;
    }
    for (let k = from; k < to; k++) {
      if (keys[k]! > after && keys[k]! <= until) {
        recurred[i] = 1;
        break;
      }
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
