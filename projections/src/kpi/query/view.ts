import { SPHERE_CODES } from '@kpi/schema';
import { NO_DAY } from '../fold/columns.ts';
import { latestMove } from '../fold/evolve.ts';
import { findPair } from '../fold/names.ts';
import type { Fact, KpiState } from '../fold/state.ts';
import { headViews } from './head-view.ts';
import {
  type RightColumns,
  recommendationValidAt,
  rightRowAt,
  riskValidAt,
  withdrawnBy,
} from './view-rows.ts';

/**
 * What was known at one instant, as flat columns the queries scan. At the head (no `asOf`) the
 * columns are the state's own and only the validity masks are computed; at an earlier `asOf`
 * every fact recorded later is taken out: risks not yet identified, withdrawals, removals,
 * reclassifications, due date moves, rejections and implementations recorded after it.
 */
export interface RiskView {
  readonly n: number;
  /** Identified and not withdrawn as known then. */
  readonly valid: Uint8Array;
  readonly region: Uint8Array;
  /** Reporting unit (fold/units.ts); never changes, so the head's column serves every cut. */
  readonly unit: Uint16Array;
  readonly sphere: Uint8Array;
  readonly cause: Uint8Array;
  readonly source: Uint8Array;
  readonly org: Int32Array;
  readonly proc: Int32Array;
  readonly pair: Int32Array;
  /** District id (0: none), as known then. */
  readonly district: Int32Array;
  readonly idDay: Int32Array;
  readonly remDay: Int32Array;
  readonly remPos: Float64Array;
}

export interface RecommendationView {
  readonly n: number;
  /** Issued, and its risk valid. */
  readonly valid: Uint8Array;
  readonly risk: Int32Array;
  readonly issueDay: Int32Array;
  readonly due: Int32Array;
  readonly implDay: Int32Array;
  readonly implPos: Float64Array;
  readonly rejDay: Int32Array;
  readonly rejPos: Float64Array;
}

export interface RightView {
  readonly n: number;
  /** Recorded, not about a withdrawn risk, and its organization known (its own or its risk's). */
  readonly valid: Uint8Array;
  /** The valid risk the case names, or -1 (none named, or not identified as known then). */
  readonly risk: Int32Array;
  /** The case's sphere: its own, else its risk's as known then, else "not specified" (SPHERE_CODES.length). */
  readonly sphere: Uint8Array;
  /** The case's organization: its own, else its risk's as known then. */
  readonly org: Int32Array;
}

export interface KnowledgeView {
  readonly state: KpiState;
  /** The instant (ms) the view cuts at; +Infinity at the head. */
  readonly asOf: number;
  readonly risks: RiskView;
  readonly recommendations: RecommendationView;
  readonly rights: RightView;
  /** Count of distinct (organization, process) pairs the view's ids may take. */
  readonly pairCount: number;
  /** Memo of derived columns (recurrence), filled on first use. */
  readonly memo: {
    recurred?: Uint8Array;
    recurredOf?: (i: number) => 0 | 1;
  };
}

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
): { day: Int32Array; pos: Float64Array } => {
  const d = day.slice(0, n);
  const p = pos.slice(0, n);
  for (let i = 0; i < n; i++) {
    if (at[i]! <= asOf || count[i] === 0) continue;
    const f = count[i]! > 1 ? earliestKnown(all.get(i) ?? [], asOf) : null;
    d[i] = f ? f.day : NO_DAY;
    p[i] = f ? f.pos : 0;
  }
  return { day: d, pos: p };
};

/** An earlier cut (`asOf` before the last event): the head's columns with later facts taken out. */
const riskView = (state: KpiState, asOf: number): { view: RiskView; pairCount: number } => {
  const t = state.risks;
  const n = t.count;
  const valid = new Uint8Array(n);
  for (let i = 0; i < n; i++) valid[i] = riskValidAt(t, i, asOf);
  const sphere = t.sphere.slice(0, n);
  const cause = t.cause.slice(0, n);
  const source = t.source.slice(0, n);
  const org = t.org.slice(0, n);
  const proc = t.proc.slice(0, n);
  const pair = t.pair.slice(0, n);
  const district = t.district.slice(0, n);
  // A combination known at asOf may never have been the head's: give it an id of its own.
  const extraPairs = new Map<number, number>();
  let pairCount = state.pairs.count;
  for (const [i, { initial, changes }] of t.reclassifications) {
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
  const removal = factsAsOf(n, t.remCount, t.remDay, t.remAt, t.remPos, t.removals, asOf);
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

const recommendationView = (state: KpiState, asOf: number, risks: RiskView): RecommendationView => {
  const c = state.recommendations;
  const n = c.count;
  const valid = new Uint8Array(n);
  for (let j = 0; j < n; j++) valid[j] = recommendationValidAt(c, j, asOf, risks.valid);
  const due = c.due.slice(0, n);
  for (const [j, moves] of c.moves) due[j] = latestMove(moves, asOf)?.day ?? c.dueIssued[j]!;
  const impl = factsAsOf(n, c.implCount, c.implDay, c.implAt, c.implPos, c.implementations, asOf);
  const rej = factsAsOf(n, c.rejCount, c.rejDay, c.rejAt, c.rejPos, c.rejections, asOf);
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

const rightView = (state: KpiState, asOf: number, risks: RiskView): RightView => {
  const n = state.rights.count;
  const out: RightColumns = {
    valid: new Uint8Array(n),
    risk: new Int32Array(n),
    sphere: new Uint8Array(n),
    org: new Int32Array(n),
  };
  for (let k = 0; k < n; k++) rightRowAt(state, k, asOf, risks, out);
  return { n, ...out };
};

/**
 * Views already built for a state, by cut (the head is +Infinity), while the state has not moved:
 * a dashboard asks many numbers of one asOf at once. A few cuts are kept, the oldest dropped.
 */
const VIEWS_KEPT = 4;
const builtViews = new WeakMap<KpiState, { version: number; views: Map<number, KnowledgeView> }>();

/** The view at `asOf` (ms since the epoch), or at the head when it is undefined or later than every event. */
export const knowledgeAt = (state: KpiState, asOf?: number): KnowledgeView => {
  const log = state.log;
  const last =
    log.count === 0
      ? Number.NEGATIVE_INFINITY
      : log.ordered
        ? log.at[log.count - 1]!
        : maxOf(log.at, log.count);
  const cut = asOf === undefined || asOf >= last ? Number.POSITIVE_INFINITY : asOf;
  let built = builtViews.get(state);
  if (!built || built.version !== state.version) {
    built = { version: state.version, views: new Map() };
    builtViews.set(state, built);
  }
  const cached = built.views.get(cut);
  if (cached) return cached;
  let view: KnowledgeView;
  if (cut === Number.POSITIVE_INFINITY) {
    view = { state, asOf: cut, ...headViews(state), pairCount: state.pairs.count, memo: {} };
  } else {
    const { view: risks, pairCount } = riskView(state, cut);
    view = {
      state,
      asOf: cut,
      risks,
      recommendations: recommendationView(state, cut, risks),
      rights: rightView(state, cut, risks),
      pairCount,
      memo: {},
    };
  }
  if (built.views.size >= VIEWS_KEPT) {
    // The head is the view most asked for: drop the oldest earlier cut instead.
    const oldest = [...built.views.keys()].find((k) => k !== Number.POSITIVE_INFINITY);
    if (oldest !== undefined) built.views.delete(oldest);
  }
  built.views.set(cut, view);
  return view;
};

const maxOf = (values: Float64Array, n: number): number => {
  let max = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < n; i++) if (values[i]! > max) max = values[i]!;
  return max;
};

/** The last log position folded among events recorded at or before `asOf`; 0 when none. */
export const positionAt = (state: KpiState, asOf: number): number => {
  const log = state.log;
  if (asOf === Number.POSITIVE_INFINITY) return state.position;
  let best = 0;
  if (log.ordered) {
    let lo = 0;
    let hi = log.count;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (log.at[mid]! <= asOf) lo = mid + 1;
      else hi = mid;
    }
    return lo === 0 ? 0 : log.pos[lo - 1]!;
  }
  for (let k = 0; k < log.count; k++) if (log.at[k]! <= asOf && log.pos[k]! > best) best = log.pos[k]!;
  return best;
};
