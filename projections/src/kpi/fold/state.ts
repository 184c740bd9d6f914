import { emptyIdIndex, type IdIndex, slotOfId } from '../../id-index.ts';
import { grow, NO_DAY } from './columns.ts';
import { type DistrictTable, emptyDistricts } from './districts.ts';
import { type ChangeJournal, emptyJournal } from './journal.ts';
import { emptyNames, emptyPairs, type NameTable, type PairTable } from './names.ts';
import { type BodyTable, emptyBodies } from './units.ts';

/**
 * The KPI read model: one columnar table per kind of thing the KPIs count (risks,
 * recommendations, transformations, rights restored), indexed by dense integers. Every fact keeps
 * the instant it was recorded (`...At`, ms since the epoch) and its log position (`...Pos`), so a
 * query can answer "as known at asOf" from the same state; the columns without a version hold
 * what is known at the head, which is the fast path. Days are days since 1970-01-01.
 */

/** A dated fact about a thing (a removal, an implementation, a rejection), kept when there are several. */
export interface Fact {
  readonly day: number;
  readonly at: number;
  readonly pos: number;
}

/** Vocabulary indices of a risk's classification, and its organization and process ids. */
export interface RiskAttributes {
  sphere: number;
  cause: number;
  source: number;
  org: number;
  proc: number;
  /** Its district (0: none); see districts.ts. */
  district: number;
}

/** A reclassification: -1 where a field is left as it was. */
export interface Reclassification extends RiskAttributes {
  readonly at: number;
  readonly pos: number;
}

export interface RiskTable {
  count: number;
  ids: string[];
  index: IdIndex;
  /** 1 once its RiskIdentified is folded (a slot may exist earlier, named by another event). */
  known: Uint8Array;
  region: Uint8Array;
  /** Its reporting unit (units.ts): its region, or the central body it was submitted for. */
  unit: Uint16Array;
  idDay: Int32Array;
  idAt: Float64Array;
  idPos: Float64Array;
  sphere: Uint8Array;
  cause: Uint8Array;
  source: Uint8Array;
  org: Int32Array;
  proc: Int32Array;
  pair: Int32Array;
  /** District id (0: none named). */
  district: Int32Array;
  /** Earliest recorded withdrawal; Infinity when never withdrawn. */
  wdAt: Float64Array;
  wdPos: Float64Array;
  /** The earliest removal (by business date, then log order); NO_DAY when none. */
  remDay: Int32Array;
  remAt: Float64Array;
  remPos: Float64Array;
  remCount: Uint16Array;
  /** Every removal of the risks named by more than one transformation, in log order. */
  removals: Map<number, Fact[]>;
  /** The classification at identification and every change since, for risks ever reclassified. */
  reclassifications: Map<number, { initial: RiskAttributes; changes: Reclassification[] }>;
}

/** A due date move: `day` is the new due date, `on` the business date of the move. */
export interface DueDateMove extends Fact {
  readonly on: number;
}

export interface RecommendationTable {
  count: number;
  ids: string[];
  index: IdIndex;
  known: Uint8Array;
  risk: Int32Array;
  issueDay: Int32Array;
  issueAt: Float64Array;
  issuePos: Float64Array;
  /** The due date now: the latest move (by business date, then log order), else the one issued. */
  due: Int32Array;
  dueIssued: Int32Array;
  moves: Map<number, DueDateMove[]>;
  implDay: Int32Array;
  implAt: Float64Array;
  implPos: Float64Array;
  implCount: Uint16Array;
  implementations: Map<number, Fact[]>;
  rejDay: Int32Array;
  rejAt: Float64Array;
  rejPos: Float64Array;
  rejCount: Uint16Array;
  rejections: Map<number, Fact[]>;
}

/** Transformations as folded, in log order (their removals and implementations live on the risks and recommendations). */
export interface TransformationTable {
  count: number;
  region: Uint8Array;
  unit: Uint16Array;
  day: Int32Array;
  at: Float64Array;
  pos: Float64Array;
}

export interface RightTable {
  count: number;
  ids: string[];
  index: IdIndex;
  region: Uint8Array;
  /** Its own unit (units.ts), as its event names it, whatever its risk's. */
  unit: Uint16Array;
  /** The case's own organization and sphere; -1 where it leaves them to the risk it names. */
  org: Int32Array;
  sphere: Int8Array;
  day: Int32Array;
  at: Float64Array;
  pos: Float64Array;
  people: Float64Array;
  /** Money in tiyn (KZT x 100), so sums stay exact. */
  cents: Float64Array;
  /** The risk the case revealed, or -1. */
  risk: Int32Array;
}

/** Recorded instants and positions of every folded event, to say which position an `asOf` reflects. */
export interface LogTable {
  count: number;
  at: Float64Array;
  pos: Float64Array;
  /** True while recorded instants never decreased along the log (then a binary search suffices). */
  ordered: boolean;
}

export interface KpiState {
  /** Log position of the last event folded; 0 when empty. */
  position: number;
  /** Count of events folded; changes whenever the state does (queries cache on it). */
  version: number;
  organizations: NameTable;
  processes: NameTable;
  pairs: PairTable;
  districts: DistrictTable;
  /** Central bodies seen, in order of appearance: with the regions, the reporting units. */
  bodies: BodyTable;
  risks: RiskTable;
  recommendations: RecommendationTable;
  transformations: TransformationTable;
  rights: RightTable;
  log: LogTable;
  /** The rows recent events changed (journal.ts); absent in states restored from older snapshots. */
  changes?: ChangeJournal;
}

export const emptyKpiState = (): KpiState => ({
  position: 0,
  version: 0,
  organizations: emptyNames(),
  processes: emptyNames(),
  pairs: emptyPairs(),
  districts: emptyDistricts(),
  bodies: emptyBodies(),
  risks: {
    count: 0,
    ids: [],
    index: emptyIdIndex(),
    known: new Uint8Array(0),
    region: new Uint8Array(0),
    unit: new Uint16Array(0),
    idDay: new Int32Array(0),
    idAt: new Float64Array(0),
    idPos: new Float64Array(0),
    sphere: new Uint8Array(0),
    cause: new Uint8Array(0),
    source: new Uint8Array(0),
    org: new Int32Array(0),
    proc: new Int32Array(0),
    pair: new Int32Array(0),
    district: new Int32Array(0),
    wdAt: new Float64Array(0),
    wdPos: new Float64Array(0),
    remDay: new Int32Array(0),
    remAt: new Float64Array(0),
    remPos: new Float64Array(0),
    remCount: new Uint16Array(0),
    removals: new Map(),
    reclassifications: new Map(),
  },
  recommendations: {
    count: 0,
    ids: [],
    index: emptyIdIndex(),
    known: new Uint8Array(0),
    risk: new Int32Array(0),
    issueDay: new Int32Array(0),
    issueAt: new Float64Array(0),
    issuePos: new Float64Array(0),
    due: new Int32Array(0),
    dueIssued: new Int32Array(0),
    moves: new Map(),
    implDay: new Int32Array(0),
    implAt: new Float64Array(0),
    implPos: new Float64Array(0),
    implCount: new Uint16Array(0),
    implementations: new Map(),
    rejDay: new Int32Array(0),
    rejAt: new Float64Array(0),
    rejPos: new Float64Array(0),
    rejCount: new Uint16Array(0),
    rejections: new Map(),
  },
  transformations: {
    count: 0,
    region: new Uint8Array(0),
    unit: new Uint16Array(0),
    day: new Int32Array(0),
    at: new Float64Array(0),
    pos: new Float64Array(0),
  },
  rights: {
    count: 0,
    ids: [],
    index: emptyIdIndex(),
    region: new Uint8Array(0),
    unit: new Uint16Array(0),
    org: new Int32Array(0),
    sphere: new Int8Array(0),
    day: new Int32Array(0),
    at: new Float64Array(0),
    pos: new Float64Array(0),
    people: new Float64Array(0),
    cents: new Float64Array(0),
    risk: new Int32Array(0),
  },
  log: { count: 0, at: new Float64Array(0), pos: new Float64Array(0), ordered: true },
  changes: emptyJournal(0),
});

/** The slot of a risk, created (not yet identified) the first time any event names it. */
export const riskSlot = (t: RiskTable, id: string): number => {
  const i = slotOfId(t.index, id, t.count);
  if (i < t.count) return i;
  t.count++;
  t.ids.push(id);
  if (t.known.length < t.count) {
    const n = t.count;
    t.known = grow(t.known, n);
    t.region = grow(t.region, n);
    t.unit = grow(t.unit, n);
    t.idDay = grow(t.idDay, n);
    t.idAt = grow(t.idAt, n);
    t.idPos = grow(t.idPos, n);
    t.sphere = grow(t.sphere, n);
    t.cause = grow(t.cause, n);
    t.source = grow(t.source, n);
    t.org = grow(t.org, n);
    t.proc = grow(t.proc, n);
    t.pair = grow(t.pair, n);
    t.district = grow(t.district, n);
    t.wdAt = grow(t.wdAt, n, Number.POSITIVE_INFINITY);
    t.wdPos = grow(t.wdPos, n);
    t.remDay = grow(t.remDay, n, NO_DAY);
    t.remAt = grow(t.remAt, n, Number.POSITIVE_INFINITY);
    t.remPos = grow(t.remPos, n);
    t.remCount = grow(t.remCount, n);
  }
  return i;
};

export const recommendationSlot = (t: RecommendationTable, id: string): number => {
  const j = slotOfId(t.index, id, t.count);
  if (j < t.count) return j;
  t.count++;
  t.ids.push(id);
  if (t.known.length < t.count) {
    const n = t.count;
    t.known = grow(t.known, n);
    t.risk = grow(t.risk, n, -1);
    t.issueDay = grow(t.issueDay, n);
    t.issueAt = grow(t.issueAt, n, Number.POSITIVE_INFINITY);
    t.issuePos = grow(t.issuePos, n);
    t.due = grow(t.due, n, NO_DAY);
    t.dueIssued = grow(t.dueIssued, n, NO_DAY);
    t.implDay = grow(t.implDay, n, NO_DAY);
    t.implAt = grow(t.implAt, n, Number.POSITIVE_INFINITY);
    t.implPos = grow(t.implPos, n);
    t.implCount = grow(t.implCount, n);
    t.rejDay = grow(t.rejDay, n, NO_DAY);
    t.rejAt = grow(t.rejAt, n, Number.POSITIVE_INFINITY);
    t.rejPos = grow(t.rejPos, n);
    t.rejCount = grow(t.rejCount, n);
  }
  return j;
};
