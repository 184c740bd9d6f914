import { isRecurrence, RECURRENCE_WINDOW_DAYS } from '../definition/risks.ts';
import { NO_DAY } from '../fold/columns.ts';
import { changesSince, JOURNAL_RISK } from '../fold/journal.ts';
import type { KpiState } from '../fold/state.ts';
import { schemeKey } from './recurrence.ts';
import { upperBound } from './upper-bound.ts';
import type { KnowledgeView } from './view.ts';
import { riskValidAt } from './view-rows.ts';

/**
 * The identified risks of each organization-process pair (as classified at the head), as linked
 * lists over risk indices: one slot per pair rather than per scheme (pair and cause category)
 * keeps it small, and a pair holds few risks, whose cause is checked on the way. Kept per state
 * and caught up with the fold instead of rebuilt: after an append only the new risks and those
 * the fold says it changed (fold/journal.ts: identified, reclassified, withdrawn, removed) are
 * listed again.
 *
 * A pair of many risks (a large organization's busy process, thousands over ten years) is also
 * kept sorted by cause category and day identified, so that a removed risk of it finds the year
 * after its removal, in its own cause category, by halves instead of walking every risk of the
 * pair: walking made a summary's cost grow with the square of the largest pairs. Risks listed
 * since the sort are walked first; the sort is made again once they are many, or when one of its
 * risks is reclassified (its cause category may have changed).
 *
 * At the head, whether each removed risk recurred is kept too, as a column: a summary counts
 * hundreds of thousands of removals at 3.6M events, and searching each, at random places in
 * memory, cost more than the rest of the summary. Whether a removal recurred changes only when a
 * risk of its pair changes (identified, withdrawn, reclassified in or out, removed), so after an
 * append only the pairs the journal names are searched again.
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
  /** Risks listed under each pair. */
  size: Int32Array;
  /** Large pairs' risks sorted by cause category and day identified, made when first asked. */
  sorted: Map<number, SortedPair>;
  /** At the head, 1 for a removed risk whose scheme came back (whatever its own validity). */
  recurred: Uint8Array;
}

/** A pair's risks as listed when sorted; those listed since sit in its list before `newest`. */
interface SortedPair {
  /** `schemeKey` of each risk's cause category and day identified, ascending. */
  readonly keys: Float64Array;
  readonly rows: Int32Array;
  /** The risk at the head of the pair's list when it was sorted. */
  readonly newest: number;
}

/** A pair holding more risks than this is searched in its sorted copy; smaller ones are walked. */
export const WALKED_PAIR = 32;

const HEAD = Number.POSITIVE_INFINITY;

const indexes = new WeakMap<KpiState, { version: number; index: PairIndex }>();

const ensureLength = <A extends Int32Array | Uint8Array>(column: A, length: number, fill = -1): A => {
  if (column.length >= length) return column;
  const grown = new (column.constructor as new (n: number) => A)(Math.max(length, column.length * 2));
  if (fill !== 0) grown.fill(fill);
  grown.set(column);
  return grown;
};

const unlist = (x: PairIndex, i: number): void => {
  const s = x.listedAs[i]!;
  if (s < 0) return;
  // The sorted copy may end at this risk; it is sorted again when next asked.
  x.sorted.delete(s);
  x.size[s]!--;
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
  x.size = ensureLength(x.size, s + 1, 0);
  x.size[s]!++;
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

const emptyIndex = (): PairIndex => ({
  seen: 0,
  first: new Int32Array(0),
  next: new Int32Array(0),
  listedAs: new Int32Array(0),
  size: new Int32Array(0),
  sorted: new Map(),
  recurred: new Uint8Array(0),
});

/** Pair `p`'s risks sorted by cause category and day identified, sorted again once many were listed since. */
const sortedPair = (x: PairIndex, state: KpiState, p: number, walked: number): SortedPair => {
  const kept = x.sorted.get(p);
  const size = x.size[p]!;
  if (kept && size - kept.rows.length <= Math.max(walked, kept.rows.length >> 3)) return kept;
  const rows: number[] = [];
  for (let k = x.first[p]!; k >= 0; k = x.next[k]!) rows.push(k);
  // A risk's day identified never changes once it is identified (fold/evolve.ts); its cause
  // category changes only by a reclassification, which drops the sorted copy.
  const { cause, idDay } = state.risks;
  const keys = Float64Array.from(rows, (k) => schemeKey(0, cause[k]!, idDay[k]!));
  const order = Array.from(rows.keys()).sort((a, b) => keys[a]! - keys[b]!);
  const sorted = {
    rows: Int32Array.from(order, (o) => rows[o]!),
    keys: Float64Array.from(order, (o) => keys[o]!),
    newest: x.first[p]!,
  };
  x.sorted.set(p, sorted);
  return sorted;
};

/** Whether risk `k` makes a removal of pair `p`, cause category `c`, on day `removed` recur. */
type Counts = (k: number, p: number, c: number, removed: number) => boolean;

/** Whether a risk listed under pair `p` at the head `counts` for that removal. */
const listedRecurrence = (
  x: PairIndex,
  state: KpiState,
  walked: number,
  counts: Counts,
  p: number,
  c: number,
  removed: number,
): 0 | 1 => {
  // Pairs only known before the head (ids past the state's) have no list of their own.
  if (p >= x.first.length) return 0;
  const sorted = x.size[p]! > walked ? sortedPair(x, state, p, walked) : null;
  const stop = sorted ? sorted.newest : -1;
  for (let k = x.first[p]!; k >= 0 && k !== stop; k = x.next[k]!) if (counts(k, p, c, removed)) return 1;
  if (!sorted) return 0;
  // Only risks of its cause category identified within the window after the removal can count;
  // they lie together.
  const { keys, rows } = sorted;
  const last = schemeKey(0, c, removed + RECURRENCE_WINDOW_DAYS);
  for (let at = upperBound(keys, schemeKey(0, c, removed)); at < keys.length && keys[at]! <= last; at++)
    if (counts(rows[at]!, p, c, removed)) return 1;
  return 0;
};

/** The head's recurred column written again for the removed risks of `pairs` (all when null). */
const writeRecurred = (
  x: PairIndex,
  state: KpiState,
  walked: number,
  pairs: Iterable<number> | null,
): void => {
  const t = state.risks;
  const counts: Counts = (k, p, c, removed) =>
    riskValidAt(t, k, HEAD) === 1 &&
    t.pair[k] === p &&
    t.cause[k] === c &&
    isRecurrence(removed, t.idDay[k]!);
  const write = (i: number) => {
    const removed = t.remDay[i]!;
    x.recurred[i] =
      t.known[i] && removed !== NO_DAY
        ? listedRecurrence(x, state, walked, counts, t.pair[i]!, t.cause[i]!, removed)
        : 0;
  };
  if (pairs === null) for (let i = 0; i < t.count; i++) write(i);
  else for (const p of pairs) for (let i = x.first[p]!; i >= 0; i = x.next[i]!) write(i);
};

/** The index caught up with everything the state has folded. */
const pairIndex = (state: KpiState, walked: number): PairIndex => {
  const kept = indexes.get(state);
  if (kept && kept.version === state.version) return kept.index;
  const changed: number[] = [];
  const complete =
    kept !== undefined &&
    changesSince(state, kept.version, (table, row) => {
      if (table === JOURNAL_RISK) changed.push(row);
    });
  const x = kept && complete ? kept.index : emptyIndex();
  const fresh = x.seen === 0;
  const t = state.risks;
  x.next = ensureLength(x.next, t.count);
  x.listedAs = ensureLength(x.listedAs, t.count);
  x.recurred = ensureLength(x.recurred, t.count, 0);
  // The pairs whose risks' recurrence may have changed: each changed risk's, before and after.
  const touched = new Set<number>();
  const follows = (i: number) => {
    if (x.listedAs[i]! >= 0) touched.add(x.listedAs[i]!);
    follow(x, state, i);
    if (x.listedAs[i]! >= 0) touched.add(x.listedAs[i]!);
  };
  for (let i = x.seen; i < t.count; i++) follows(i);
  // Identified after their slot was made (named first by another event), reclassified,
  // withdrawn or removed.
  for (const i of changed) {
    if (x.listedAs[i]! >= 0 && t.reclassifications.has(i)) x.sorted.delete(x.listedAs[i]!);
    if (i < x.seen) follows(i);
  }
  x.seen = t.count;
  let risksTouched = 0;
  for (const p of touched) risksTouched += x.size[p]!;
  writeRecurred(x, state, walked, fresh || risksTouched > t.count >> 2 ? null : touched);
  indexes.set(state, { version: state.version, index: x });
  return x;
};

/**
 * Whether a removed risk of the view recurred: a valid risk of the same scheme, as classified in
 * the view, was identified after its removal and within the recurrence window (definition/risks.ts).
 * The same answers as `recurredColumn`, asked only for the risks a query counts: read from the
 * column kept at the head, searched in the index for an earlier view. `walked`: the largest pair
 * walked rather than searched (tests make it small, to search every pair).
 */
export type RecurredOf = (i: number) => 0 | 1;

export const recurrenceOf = (view: KnowledgeView, walked = WALKED_PAIR): RecurredOf => {
  if (view.memo.recurredOf) return view.memo.recurredOf;
  const x = pairIndex(view.state, walked);
  const r = view.risks;
  const { valid, pair, cause, idDay, remDay } = r;
  let recurredOf: RecurredOf;
  if (view.asOf === HEAD) {
    const recurred = x.recurred;
    recurredOf = (i) => (valid[i] === 1 && recurred[i] === 1 ? 1 : 0);
  } else {
    // Before the head a reclassified risk may sit in another pair than the index lists it under:
    // those few are grouped again by their pair in the view.
    const moved = new Map<number, number[]>();
    for (const i of view.state.risks.reclassifications.keys()) {
      if (!valid[i]) continue;
      const s = pair[i]!;
      const others = moved.get(s);
      if (others) others.push(i);
      else moved.set(s, [i]);
    }
    const counts: Counts = (k, p, c, removed) =>
      valid[k] === 1 && pair[k] === p && cause[k] === c && isRecurrence(removed, idDay[k]!);
    recurredOf = (i) => {
      const removed = remDay[i]!;
      if (!valid[i] || removed === NO_DAY) return 0;
      const p = pair[i]!;
      const c = cause[i]!;
      const others = moved.size > 0 ? moved.get(p) : undefined;
      if (others) for (const k of others) if (counts(k, p, c, removed)) return 1;
      return listedRecurrence(x, view.state, walked, counts, p, c, removed);
    };
  }
  view.memo.recurredOf = recurredOf;
  return recurredOf;
};
