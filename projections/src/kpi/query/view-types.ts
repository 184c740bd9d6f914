import type { KpiState } from '../fold/state.ts';

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
