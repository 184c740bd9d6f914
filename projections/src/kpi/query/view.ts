import type { KpiState } from '../fold/state.ts';
import { type EarlierColumns, earlierColumns, earlierViews } from './earlier-view.ts';
import { headViews } from './head-view.ts';

/**
 * What was known at one instant, as flat columns the queries scan. At the head (no `asOf`) the
 * columns are the state's own and only the validity masks are its own, kept across appends
 * (head-view.ts); at an earlier `asOf` every fact recorded later is taken out (earlier-view.ts):
 * risks not yet identified, withdrawals, removals, reclassifications, due date moves, rejections
 * and implementations recorded after it.
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

/**
 * Views already built for a state, by cut (the head is +Infinity), while the state has not moved:
 * a dashboard asks many numbers of one asOf at once. A few cuts are kept, the oldest dropped, and
 * the columns of a dropped earlier cut are written over by the next one built (earlier-view.ts):
 * a view is read within the query that asked for it, never kept beyond it.
 */
const VIEWS_KEPT = 4;
interface Built {
  version: number;
  views: Map<number, KnowledgeView>;
  /** The columns of each earlier cut kept, and those of one dropped, to be written over. */
  columns: Map<number, EarlierColumns>;
  spare: EarlierColumns | null;
}
const builtViews = new WeakMap<KpiState, Built>();

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
    // The state moved: every view of it is dropped, and one's columns kept to be written over.
    const spare = built ? (built.columns.values().next().value ?? built.spare) : null;
    built = { version: state.version, views: new Map(), columns: new Map(), spare };
    builtViews.set(state, built);
  }
  const cached = built.views.get(cut);
  if (cached) return cached;
  if (built.views.size >= VIEWS_KEPT) {
    // The head is the view most asked for: drop the oldest earlier cut instead.
    const oldest = [...built.views.keys()].find((k) => k !== Number.POSITIVE_INFINITY);
    if (oldest !== undefined) {
      built.views.delete(oldest);
      built.spare = built.columns.get(oldest) ?? built.spare;
      built.columns.delete(oldest);
    }
  }
  let view: KnowledgeView;
  if (cut === Number.POSITIVE_INFINITY) {
    view = { state, asOf: cut, ...headViews(state), pairCount: state.pairs.count, memo: {} };
  } else {
    const columns = earlierColumns(state, built.spare);
    if (columns === built.spare) built.spare = null;
    built.columns.set(cut, columns);
    view = { state, asOf: cut, ...earlierViews(state, cut, columns), memo: {} };
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
