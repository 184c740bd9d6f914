import { changesSince, JOURNAL_RECOMMENDATION, JOURNAL_RISK } from '../fold/journal.ts';
import type { KpiState } from '../fold/state.ts';
import { type RightColumns, recommendationValidAt, rightRowAt, riskValidAt } from './view-rows.ts';
import type { RecommendationView, RightView, RiskView } from './view-types.ts';

const HEAD = Number.POSITIVE_INFINITY;

/**
 * The head view's own columns (the validity masks and the rights' risk, sphere and organization;
 * the other columns are the state's), kept per state across appends: after an event only the
 * rows the fold says it changed (fold/journal.ts) are written again, with the recommendations
 * and cases of a changed risk, found through lists kept here. A full build is paid once, and
 * again only when the journal no longer reaches back to the version last seen.
 */
interface HeadMasks {
  version: number;
  /** Rows written so far, per table. */
  risks: number;
  recommendations: number;
  rights: number;
  riskValid: Uint8Array;
  recommendationValid: Uint8Array;
  right: RightColumns;
  /** A risk's recommendations and cases, as linked lists: first per risk, next per row; -1 ends. */
  firstRecommendation: Int32Array;
  nextRecommendation: Int32Array;
  /** 1 once a recommendation is listed under its risk (its risk is named once, when issued). */
  recommendationListed: Uint8Array;
  firstRight: Int32Array;
  nextRight: Int32Array;
}

const kept = new WeakMap<KpiState, HeadMasks>();

/** `column` with room for `length` rows (doubling), new slots set to `fill`. */
const room = <A extends Uint8Array | Int32Array>(column: A, length: number, fill: number): A => {
  if (column.length >= length) return column;
  const grown = new (column.constructor as new (n: number) => A)(Math.max(length, column.length * 2));
  grown.set(column);
  if (fill !== 0) grown.fill(fill, column.length);
  return grown;
};

const emptyMasks = (): HeadMasks => ({
  version: -1,
  risks: 0,
  recommendations: 0,
  rights: 0,
  riskValid: new Uint8Array(0),
  recommendationValid: new Uint8Array(0),
  right: {
    valid: new Uint8Array(0),
    risk: new Int32Array(0),
    sphere: new Uint8Array(0),
    org: new Int32Array(0),
  },
  firstRecommendation: new Int32Array(0),
  nextRecommendation: new Int32Array(0),
  recommendationListed: new Uint8Array(0),
  firstRight: new Int32Array(0),
  nextRight: new Int32Array(0),
});

const makeRoom = (m: HeadMasks, state: KpiState): void => {
  const n = state.risks.count;
  const c = state.recommendations.count;
  const k = state.rights.count;
  m.riskValid = room(m.riskValid, n, 0);
  m.firstRecommendation = room(m.firstRecommendation, n, -1);
  m.firstRight = room(m.firstRight, n, -1);
  m.recommendationValid = room(m.recommendationValid, c, 0);
  m.nextRecommendation = room(m.nextRecommendation, c, -1);
  m.recommendationListed = room(m.recommendationListed, c, 0);
  m.nextRight = room(m.nextRight, k, -1);
  m.right = {
    valid: room(m.right.valid, k, 0),
    risk: room(m.right.risk, k, 0),
    sphere: room(m.right.sphere, k, 0),
    org: room(m.right.org, k, 0),
  };
};

const writeRecommendation = (m: HeadMasks, state: KpiState, j: number): void => {
  const c = state.recommendations;
  m.recommendationValid[j] = recommendationValidAt(c, j, HEAD, m.riskValid);
  const r = c.risk[j]!;
  if (m.recommendationListed[j] || !c.known[j] || r < 0) return;
  m.recommendationListed[j] = 1;
  m.nextRecommendation[j] = m.firstRecommendation[r]!;
  m.firstRecommendation[r] = j;
};

/** A case's risk is named when it is recorded, its only event: listed under it then. */
const writeNewRight = (m: HeadMasks, state: KpiState, k: number): void => {
  rightRowAt(state, k, HEAD, state.risks, m.right);
  const r = state.rights.risk[k]!;
  if (r < 0) return;
  m.nextRight[k] = m.firstRight[r]!;
  m.firstRight[r] = k;
};

/** A risk changed: its validity, and what its recommendations and cases read of it. */
const writeRisk = (m: HeadMasks, state: KpiState, i: number): void => {
  m.riskValid[i] = riskValidAt(state.risks, i, HEAD);
  for (let j = m.firstRecommendation[i]!; j >= 0; j = m.nextRecommendation[j]!)
    m.recommendationValid[j] = recommendationValidAt(state.recommendations, j, HEAD, m.riskValid);
  for (let k = m.firstRight[i]!; k >= 0; k = m.nextRight[k]!)
    rightRowAt(state, k, HEAD, state.risks, m.right);
};

/** The rows added since the masks were last written: risks first, as the others read them. */
const writeNewRows = (m: HeadMasks, state: KpiState): void => {
  for (let i = m.risks; i < state.risks.count; i++) m.riskValid[i] = riskValidAt(state.risks, i, HEAD);
  for (let j = m.recommendations; j < state.recommendations.count; j++) writeRecommendation(m, state, j);
  for (let k = m.rights; k < state.rights.count; k++) writeNewRight(m, state, k);
};

const caughtUp = (state: KpiState): HeadMasks => {
  let m = kept.get(state);
  if (m && m.version === state.version) return m;
  const risks: number[] = [];
  const recommendations: number[] = [];
  const complete =
    m !== undefined &&
    changesSince(state, m.version, (table, row) => {
      if (table === JOURNAL_RISK) risks.push(row);
      else if (table === JOURNAL_RECOMMENDATION) recommendations.push(row);
      // JOURNAL_RIGHT: a case is recorded once, so it is among the new rows.
    });
  if (!m || !complete) {
    m = emptyMasks();
    kept.set(state, m);
  }
  makeRoom(m, state);
  // Rows changed that existed before (new ones are written whole below, in order).
  const oldRisks = m.risks;
  const oldRecommendations = m.recommendations;
  writeNewRows(m, state);
  for (const i of risks) if (i < oldRisks) writeRisk(m, state, i);
  for (const j of recommendations) if (j < oldRecommendations) writeRecommendation(m, state, j);
  // New risks may already be named by older recommendations and cases (named before identified).
  for (let i = oldRisks; i < state.risks.count; i++)
    if (m.firstRecommendation[i]! >= 0 || m.firstRight[i]! >= 0) writeRisk(m, state, i);
  m.risks = state.risks.count;
  m.recommendations = state.recommendations.count;
  m.rights = state.rights.count;
  m.version = state.version;
  return m;
};

/** The head view's tables: the state's columns with the masks kept across appends. */
export const headViews = (
  state: KpiState,
): { risks: RiskView; recommendations: RecommendationView; rights: RightView } => {
  const m = caughtUp(state);
  const n = state.risks.count;
  const c = state.recommendations.count;
  const k = state.rights.count;
  return {
    risks: { ...state.risks, n, valid: m.riskValid.subarray(0, n) },
    recommendations: { ...state.recommendations, n: c, valid: m.recommendationValid.subarray(0, c) },
    rights: {
      n: k,
      valid: m.right.valid.subarray(0, k),
      risk: m.right.risk.subarray(0, k),
      sphere: m.right.sphere.subarray(0, k),
      org: m.right.org.subarray(0, k),
    },
  };
};
