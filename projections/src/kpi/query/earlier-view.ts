import { NO_DAY } from '../fold/columns.ts';
import { latestMove } from '../fold/evolve.ts';
import { findPair } from '../fold/names.ts';
import type { Fact, KpiState } from '../fold/state.ts';
import { type RightColumns, recommendationValidAt, rightRowAt, riskValidAt } from './view-rows.ts';
import type { RecommendationView, RightView, RiskView } from './view-types.ts';

/**
 * The columns a view at an earlier cut (an `asOf` before the last event) holds of its own: the
 * head's columns with the facts recorded later taken out. Allocated with room to spare and handed
 * from a dropped view to the next one built (view.ts), so that a new `asOf` writes into memory it
 * already has: allocating a dozen columns of every risk for each instant made the garbage
 * collector, not the copying, most of an `asOf`'s cost.
 */
export interface EarlierColumns {
  readonly risks: number;
  readonly recommendations: number;
  readonly rights: number;
  readonly riskValid: Uint8Array;
  readonly sphere: Uint8Array;
  readonly cause: Uint8Array;
  readonly source: Uint8Array;
  readonly org: Int32Array;
  readonly proc: Int32Array;
  readonly pair: Int32Array;
  readonly district: Int32Array;
  readonly remDay: Int32Array;
  readonly remPos: Float64Array;
  readonly recommendationValid: Uint8Array;
  readonly due: Int32Array;
  readonly implDay: Int32Array;
  readonly implPos: Float64Array;
  readonly rejDay: Int32Array;
  readonly rejPos: Float64Array;
  readonly right: RightColumns;
}

/** Columns for the state's tables: `spare` when it has room, else new ones with an eighth to spare. */
export const earlierColumns = (state: KpiState, spare: EarlierColumns | null): EarlierColumns => {
  const n = state.risks.count;
  const c = state.recommendations.count;
  const k = state.rights.count;
  if (spare && spare.risks >= n && spare.recommendations >= c && spare.rights >= k) return spare;
  const risks = n + (n >> 3);
  const recommendations = c + (c >> 3);
  const rights = k + (k >> 3);
  return {
    risks,
    recommendations,
    rights,
    riskValid: new Uint8Array(risks),
    sphere: new Uint8Array(risks),
    cause: new Uint8Array(risks),
    source: new Uint8Array(risks),
    org: new Int32Array(risks),
    proc: new Int32Array(risks),
    pair: new Int32Array(risks),
    district: new Int32Array(risks),
    remDay: new Int32Array(risks),
    remPos: new Float64Array(risks),
    recommendationValid: new Uint8Array(recommendations),
    due: new Int32Array(recommendations),
    implDay: new Int32Array(recommendations),
    implPos: new Float64Array(recommendations),
    rejDay: new Int32Array(recommendations),
    rejPos: new Float64Array(recommendations),
    right: {
      valid: new Uint8Array(rights),
      risk: new Int32Array(rights),
      sphere: new Uint8Array(rights),
      org: new Int32Array(rights),
    },
  };
};

/** The first `n` rows of `from` copied into `into`; the copy's view of them. */
const copied = <A extends Uint8Array | Int32Array | Float64Array>(into: A, from: A, n: number): A => {
  const rows = into.subarray(0, n) as A;
  rows.set(from.subarray(0, n));
  return rows;
};

const earliestKnown = (facts: readonly Fact[], asOf: number): Fact | null => {
  let best: Fact | null = null;
  for (const f of facts) if (f.at <= asOf && (!best || f.day < best.day)) best = f;
  return best;
};

/** Columns of the earliest fact known at `asOf`, for things that may have several. */
const factsAsOf = (
  n: number,
  count: Uint16Array,
  day: Int32Array,
  at: Float64Array,
  pos: Float64Array,
  all: Map<number, Fact[]>,
  asOf: number,
  into: { day: Int32Array; pos: Float64Array },
): { day: Int32Array; pos: Float64Array } => {
  const d = copied(into.day, day, n);
  const p = copied(into.pos, pos, n);
  for (let i = 0; i < n; i++) {
    if (at[i]! <= asOf || count[i] === 0) continue;
    const f = count[i]! > 1 ? earliestKnown(all.get(i) ?? [], asOf) : null;
    d[i] = f ? f.day : NO_DAY;
    p[i] = f ? f.pos : 0;
  }
  return { day: d, pos: p };
};

/** Whether any of `facts` was recorded after `asOf` (else the head's columns already say it). */
const anyAfter = (facts: readonly { readonly at: number }[], asOf: number): boolean => {
  for (const f of facts) if (f.at > asOf) return true;
  return false;
};

const riskView = (
  state: KpiState,
  asOf: number,
  into: EarlierColumns,
): { view: RiskView; pairCount: number } => {
  const t = state.risks;
  const n = t.count;
  const valid = into.riskValid.subarray(0, n);
  for (let i = 0; i < n; i++) valid[i] = riskValidAt(t, i, asOf);
  const sphere = copied(into.sphere, t.sphere, n);
  const cause = copied(into.cause, t.cause, n);
  const source = copied(into.source, t.source, n);
  const org = copied(into.org, t.org, n);
  const proc = copied(into.proc, t.proc, n);
  const pair = copied(into.pair, t.pair, n);
  const district = copied(into.district, t.district, n);
  // A combination known at asOf may never have been the head's: give it an id of its own.
  const extraPairs = new Map<number, number>();
  let pairCount = state.pairs.count;
  for (const [i, { initial, changes }] of t.reclassifications) {
    // Reclassified only before asOf: the head's classification is the one known then.
    if (!anyAfter(changes, asOf)) continue;
    const a = { ...initial };
    for (const c of changes) {
      if (c.at > asOf) continue;
      if (c.sphere >= 0) a.sphere = c.sphere;
      if (c.cause >= 0) a.cause = c.cause;
      if (c.source >= 0) a.source = c.source;
      if (c.org >= 0) a.org = c.org;
      if (c.proc >= 0) a.proc = c.proc;
      if (c.district >= 0) a.district = c.district;
    }
    district[i] = a.district;
    sphere[i] = a.sphere;
    cause[i] = a.cause;
    source[i] = a.source;
    org[i] = a.org;
    proc[i] = a.proc;
    const key = a.org * 67_108_864 + a.proc;
    let id = findPair(state.pairs, a.org, a.proc) ?? extraPairs.get(key);
    if (id === undefined) {
      id = pairCount++;
      extraPairs.set(key, id);
    }
    pair[i] = id;
  }
  const removal = factsAsOf(n, t.remCount, t.remDay, t.remAt, t.remPos, t.removals, asOf, {
    day: into.remDay,
    pos: into.remPos,
  });
  return {
    view: {
      n,
      valid,
      region: t.region,
      unit: t.unit,
      sphere,
      cause,
      source,
      org,
      proc,
      pair,
      district,
      idDay: t.idDay,
      remDay: removal.day,
      remPos: removal.pos,
    },
    pairCount,
  };
};

const recommendationView = (
  state: KpiState,
  asOf: number,
  risks: RiskView,
  into: EarlierColumns,
): RecommendationView => {
  const c = state.recommendations;
  const n = c.count;
  const valid = into.recommendationValid.subarray(0, n);
  for (let j = 0; j < n; j++) valid[j] = recommendationValidAt(c, j, asOf, risks.valid);
  const due = copied(into.due, c.due, n);
  // Moved only before asOf: the head's due date is the one known then.
  for (const [j, moves] of c.moves)
    if (anyAfter(moves, asOf)) due[j] = latestMove(moves, asOf)?.day ?? c.dueIssued[j]!;
  const impl = factsAsOf(n, c.implCount, c.implDay, c.implAt, c.implPos, c.implementations, asOf, {
    day: into.implDay,
    pos: into.implPos,
  });
  const rej = factsAsOf(n, c.rejCount, c.rejDay, c.rejAt, c.rejPos, c.rejections, asOf, {
    day: into.rejDay,
    pos: into.rejPos,
  });
  return {
    n,
    valid,
    risk: c.risk,
    issueDay: c.issueDay,
    due,
    implDay: impl.day,
    implPos: impl.pos,
    rejDay: rej.day,
    rejPos: rej.pos,
  };
};

const rightView = (state: KpiState, asOf: number, risks: RiskView, into: EarlierColumns): RightView => {
  const n = state.rights.count;
  const out: RightColumns = {
    valid: into.right.valid.subarray(0, n),
    risk: into.right.risk.subarray(0, n),
    sphere: into.right.sphere.subarray(0, n),
    org: into.right.org.subarray(0, n),
  };
  for (let k = 0; k < n; k++) rightRowAt(state, k, asOf, risks, out);
  return { n, ...out };
};

/** The tables of the view at `asOf`, written into `into` (every row of each is written). */
export const earlierViews = (
  state: KpiState,
  asOf: number,
  into: EarlierColumns,
): { risks: RiskView; recommendations: RecommendationView; rights: RightView; pairCount: number } => {
  const { view: risks, pairCount } = riskView(state, asOf, into);
  return {
    risks,
    recommendations: recommendationView(state, asOf, risks, into),
    rights: rightView(state, asOf, risks, into),
    pairCount,
  };
};
