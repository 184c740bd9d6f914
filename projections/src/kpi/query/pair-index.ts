import { isRecurrence } from '../definition/risks.ts';
import { NO_DAY } from '../fold/columns.ts';
import { changesSince, JOURNAL_RISK } from '../fold/journal.ts';
import type { KpiState } from '../fold/state.ts';
import type { KnowledgeView } from './view.ts';

/**
 * The identified risks of each organization-process pair (as classified at the head), as linked
 * lists over risk indices: one slot per pair rather than per scheme (pair and cause category)
 * keeps it small, and a pair holds few risks, whose cause is checked on the way. Kept per state
 * and caught up with the fold instead of rebuilt: after an append only the new risks and those
 * the fold says it changed (fold/journal.ts: identified, reclassified) are listed again, so the
 * first summary after a change does not regroup every risk to answer which removals recurred.
 */
interface PairIndex {
  /** Risk slots looked at so far. */
  seen: number;
  /** First risk of each pair, -1 when none. */
  first: Int32Array;
  /** The next risk of the same pair, -1 at the end. */
  next: Int32Array;
  /** The pair each risk is listed under, -1 while not listed (not identified). */
  listedAs: Int32Array;
}

const indexes = new WeakMap<KpiState, { version: number; index: PairIndex }>();

const ensureLength = (column: Int32Array, length: number): Int32Array => {
  if (column.length >= length) return column;
  const grown = new Int32Array(Math.max(length, column.length * 2)).fill(-1);
  grown.set(column);
  return grown;
};

const unlist = (x: PairIndex, i: number): void => {
  const s = x.listedAs[i]!;
  if (s < 0) return;
  if (x.first[s] === i) x.first[s] = x.next[i]!;
  else {
    let k = x.first[s]!;
    while (x.next[k] !== i) k = x.next[k]!;
    x.next[k] = x.next[i]!;
  }
  x.next[i] = -1;
  x.listedAs[i] = -1;
};

const list = (x: PairIndex, state: KpiState, i: number): void => {
  const s = state.risks.pair[i]!;
  x.first = ensureLength(x.first, s + 1);
  x.next[i] = x.first[s]!;
  x.first[s] = i;
  x.listedAs[i] = s;
};

/** Lists risk `i` under its pair at the head, moving it if a reclassification changed its pair. */
const follow = (x: PairIndex, state: KpiState, i: number): void => {
  if (!state.risks.known[i] || x.listedAs[i] === state.risks.pair[i]) return;
  unlist(x, i);
  list(x, state, i);
};

/** The index caught up with everything the state has folded. */
const pairIndex = (state: KpiState): PairIndex => {
  const kept = indexes.get(state);
  if (kept && kept.version === state.version) return kept.index;
  const changed: number[] = [];
  const complete =
    kept !== undefined &&
    changesSince(state, kept.version, (table, row) => {
      if (table === JOURNAL_RISK) changed.push(row);
    });
  const x: PairIndex =
    kept && complete
      ? kept.index
      : { seen: 0, first: new Int32Array(0), next: new Int32Array(0), listedAs: new Int32Array(0) };
  const t = state.risks;
  x.next = ensureLength(x.next, t.count);
  x.listedAs = ensureLength(x.listedAs, t.count);
  for (let i = x.seen; i < t.count; i++) follow(x, state, i);
  // Identified after their slot was made (named first by another event), or reclassified.
  for (const i of changed) if (i < x.seen) follow(x, state, i);
  x.seen = t.count;
  indexes.set(state, { version: state.version, index: x });
  return x;
};

/**
 * Whether a removed risk of the view recurred: a valid risk of the same scheme, as classified in
 * the view, was identified after its removal and within the recurrence window (definition/risks.ts).
 * The same answers as `recurredColumn`, asked only for the risks a query counts.
 */
export type RecurredOf = (i: number) => 0 | 1;

export const recurrenceOf = (view: KnowledgeView): RecurredOf => {
  if (view.memo.recurredOf) return view.memo.recurredOf;
  const x = pairIndex(view.state);
  const r = view.risks;
  const { valid, pair, cause, idDay, remDay } = r;
  // Before the head a reclassified risk may sit in another pair than the index lists it under:
  // those few are grouped again by their pair in the view.
  const moved = new Map<number, number[]>();
  if (view.asOf !== Number.POSITIVE_INFINITY) {
    for (const i of view.state.risks.reclassifications.keys()) {
      if (!valid[i]) continue;
      const s = pair[i]!;
      const others = moved.get(s);
      if (others) others.push(i);
      else moved.set(s, [i]);
    }
  }
  const counts = (k: number, p: number, c: number, removed: number): boolean =>
    valid[k] === 1 && pair[k] === p && cause[k] === c && isRecurrence(removed, idDay[k]!);
  const recurredOf: RecurredOf = (i) => {
    const removed = remDay[i]!;
    if (!valid[i] || removed === NO_DAY) return 0;
    const p = pair[i]!;
    const c = cause[i]!;
    // Pairs only known before the head (ids past the state's) have no list of their own.
    for (let k = p < x.first.length ? x.first[p]! : -1; k >= 0; k = x.next[k]!)
      if (counts(k, p, c, removed)) return 1;
    for (const k of moved.get(p) ?? []) if (counts(k, p, c, removed)) return 1;
    return 0;
  };
  view.memo.recurredOf = recurredOf;
  return recurredOf;
};
