import type { PopulationGroup, SurveyMethod } from '@kpi/schema';
import { emptyIdIndex, type IdIndex } from '../id-index.ts';

/** A survey as recorded, with when (if ever) it was withdrawn: the axis `asOf` cuts on is recordedMs. */
export interface SurveyRecord {
  readonly surveyId: string;
  readonly unit: string;
  readonly district: string | null;
  readonly districtName: string | null;
  readonly group: PopulationGroup;
  readonly respondents: number;
  readonly facedCorruptionShare: number;
  readonly perceptionIndex: number;
  readonly method: SurveyMethod;
  /** End of fieldwork (the business date). */
  readonly conductedOn: string;
  readonly recordedAt: string;
  readonly recordedMs: number;
  readonly position: number;
  withdrawnMs: number | null;
}

export interface ReceptionRecord {
  /** Its reporting unit: a region, or a central body (whose reception counts under the body, never the region). */
  readonly unit: string;
  /** The region it was held in: its unit's, the one a central body's named, or null (a national one). */
  readonly region: string | null;
  readonly district: string | null;
  /** As the officer named it; absent in snapshots taken before names were kept. */
  readonly districtName?: string | null;
  readonly citizensReceived: number;
  readonly issuesRaised: number;
  readonly heldOn: string;
  readonly recordedMs: number;
}

/** A risk, as far as receptions need it: its unit, region, date, and every source and district it had (bitemporal). */
export interface RiskSourceRecord {
  /** Its reporting unit (`unitOf`): a central body's risk counts under the body, not its region. */
  readonly unit: string;
  readonly region: string;
  readonly identifiedOn: string;
  /** In recording order; the first is the source it was identified with. */
  readonly sources: { readonly recordedMs: number; readonly source: string }[];
  /** In recording order; the first is the district it was identified in (null: none, region level). */
  readonly districts: { readonly recordedMs: number; readonly district: string | null }[];
  withdrawnMs: number | null;
}

/**
 * The risks the receptions' figures do not count (identified from another source, never
 * reclassified), as columns rather than an object each: at 3.6M events there are over a million
 * of them, and as objects the read model's snapshot took 17 s to read at every start. A risk is
 * kept here only so that a later reclassification (to a reception, or of its district) can make
 * it a full record, with what it was identified as; until then no query reads it.
 */
export interface PlainRisks {
  count: number;
  ids: IdIndex;
  /** Each distinct text (unit, region, source, district, day) once; columns hold its index. */
  texts: string[];
  textIds: Map<string, number>;
  unit: Int32Array;
  region: Int32Array;
  identifiedOn: Int32Array;
  source: Int32Array;
  /** -1: region level. */
  district: Int32Array;
  recordedMs: Float64Array;
  /** NaN while not withdrawn. */
  withdrawnMs: Float64Array;
}

const INITIAL_ROWS = 1_024;

export const emptyPlainRisks = (): PlainRisks => ({
  count: 0,
  ids: emptyIdIndex(),
  texts: [],
  textIds: new Map(),
  unit: new Int32Array(INITIAL_ROWS),
  region: new Int32Array(INITIAL_ROWS),
  identifiedOn: new Int32Array(INITIAL_ROWS),
  source: new Int32Array(INITIAL_ROWS),
  district: new Int32Array(INITIAL_ROWS),
  recordedMs: new Float64Array(INITIAL_ROWS),
  withdrawnMs: new Float64Array(INITIAL_ROWS),
});

export interface OutcomesState {
  readonly surveys: Map<string, SurveyRecord>;
  readonly receptions: ReceptionRecord[];
  /** The risks identified from a reception, and any reclassified: what the figures read. */
  readonly risks: Map<string, RiskSourceRecord>;
  /** Every other risk, compact (plain-risks.ts). */
  readonly plainRisks: PlainRisks;
  position: number;
}

export const emptyOutcomesState = (): OutcomesState => ({
  surveys: new Map(),
  receptions: [],
  risks: new Map(),
  plainRisks: emptyPlainRisks(),
  position: 0,
});
