import type { ProjectedEvent } from '../../projection.ts';
import { parseDay, parseInstant } from './columns.ts';
import { CAUSE_INDEX, codeIndex, REGION_INDEX, SOURCE_INDEX, SPHERE_INDEX } from './vocabulary-index.ts';

/**
 * What the KPI fold reads of its events, page by page, in columns: the event's kind, position,
 * recorded instant and business day, codes as vocabulary indices, ids and names as references
 * into the page's strings. Everything that depends on the event alone (parsing dates and
 * instants, looking codes up, money in tiyn) is done here; the fold (evolve.ts) applies a row to
 * the state and does only what depends on the state. Every event goes through this form, one at
 * a time when followed live and a page at a time when a log is replayed, possibly in the store's
 * reader thread: the page is typed arrays (transferred, not copied) and a few strings.
 */
export interface KpiInputPage {
  count: number;
  /**
   * Index into KPI_KINDS, or SKIPPED, or FAULT (then the message is `strings[id[r]]` and the
   * event's type `strings[risk[r]]`).
   */
  kind: Uint8Array;
  pos: Float64Array;
  at: Float64Array;
  day: Int32Array;
  /** The risk, recommendation or case the event is about. */
  id: Int32Array;
  /** The risk a recommendation or a right restored names; -1 when none. */
  risk: Int32Array;
  /** Vocabulary indices; -1 where a reclassification leaves the attribute as it was, or a right restored takes it from its risk. */
  region: Int8Array;
  sphere: Int8Array;
  cause: Int8Array;
  source: Int8Array;
  /** Organization and process names as submitted; -1 where left as they were (or to a right's risk). */
  org: Int32Array;
  proc: Int32Array;
  /** The central body a risk, transformation or right restored is submitted for; -1: the region's own work. */
  body: Int32Array;
  /** A risk's district code and the name given with it; -1 where none (or left as it was). */
  district: Int32Array;
  districtName: Int32Array;
  /** A recommendation's due date (days). */
  due: Int32Array;
  people: Float64Array;
  /** Money in tiyn (KZT x 100). */
  cents: Float64Array;
  /** A transformation's removed risks are `lists[listFrom[r]..listMid[r])`, its implemented recommendations `lists[listMid[r]..listTo[r])`. */
  listFrom: Int32Array;
  listMid: Int32Array;
  listTo: Int32Array;
  lists: Int32Array;
  strings: string[];
}

/** What the encoder reads of an event: neither its id nor its stream. */
export type KpiInputEvent = Pick<ProjectedEvent, 'type' | 'position' | 'data'> & {
  readonly metadata: { readonly recordedAt: string };
};

export const KPI_KINDS = [
  'RiskIdentified',
  'RiskReclassified',
  'RiskWithdrawn',
  'RecommendationIssued',
  'RecommendationRejected',
  'RecommendationDueDateMoved',
  'ProcessTransformed',
  'RightRestored',
] as const;
export const KIND = {
  RiskIdentified: 0,
  RiskReclassified: 1,
  RiskWithdrawn: 2,
  RecommendationIssued: 3,
  RecommendationRejected: 4,
  RecommendationDueDateMoved: 5,
  ProcessTransformed: 6,
  RightRestored: 7,
} as const satisfies Record<(typeof KPI_KINDS)[number], number>;
/** An event of a type the KPIs do not read: leaves the state as it is. */
export const SKIPPED = 254;
/** An event the fold cannot read (a field missing, a code unknown): folding it fails. */
export const FAULT = 255;

const KIND_OF: ReadonlyMap<string, number> = new Map(Object.entries(KIND));

const emptyPage = (n: number): KpiInputPage => ({
  count: n,
  kind: new Uint8Array(n),
  pos: new Float64Array(n),
  at: new Float64Array(n),
  day: new Int32Array(n),
  id: new Int32Array(n).fill(-1),
  risk: new Int32Array(n).fill(-1),
  region: new Int8Array(n).fill(-1),
  sphere: new Int8Array(n).fill(-1),
  cause: new Int8Array(n).fill(-1),
  source: new Int8Array(n).fill(-1),
  org: new Int32Array(n).fill(-1),
  proc: new Int32Array(n).fill(-1),
  body: new Int32Array(n).fill(-1),
  district: new Int32Array(n).fill(-1),
  districtName: new Int32Array(n).fill(-1),
  due: new Int32Array(n),
  people: new Float64Array(n),
  cents: new Float64Array(n),
  listFrom: new Int32Array(n),
  listMid: new Int32Array(n),
  listTo: new Int32Array(n),
  lists: new Int32Array(0),
  strings: [],
});

/** Strings of one page: names repeat (given once), ids hardly (not looked up). */
class PageStrings {
  readonly strings: string[] = [];
  readonly #names = new Map<string, number>();
  id(value: unknown, field: string): number {
    if (typeof value !== 'string') throw new Error(`${field} is not text`);
    return this.strings.push(value) - 1;
  }
  name(value: unknown, field: string): number {
    if (typeof value !== 'string') throw new Error(`${field} is not text`);
    let ref = this.#names.get(value);
    if (ref === undefined) {
      ref = this.strings.push(value) - 1;
      this.#names.set(value, ref);
    }
    return ref;
  }
}

type Data = Record<string, unknown>;
const code = (index: Map<string, number>, value: unknown, field: string): number =>
  codeIndex(index, value as string, field);
const optionalCode = (index: Map<string, number>, value: unknown, field: string): number =>
  value === undefined ? -1 : code(index, value, field);
const idList = (value: unknown, field: string): readonly unknown[] => {
  if (!Array.isArray(value)) throw new Error(`${field} is not a list`);
  return value;
};

const encodeDistrict = (p: KpiInputPage, s: PageStrings, r: number, d: Data): void => {
  if (d.district === undefined) return;
  p.district[r] = s.name(d.district, 'district');
  if (d.districtName !== undefined) p.districtName[r] = s.name(d.districtName, 'districtName');
};

/**
 * The central body an event is submitted for (its unit then, `unitOf` in the schema). A
 * recommendation needs none: it counts in its risk's unit, as it counts in its risk's region.
 */
const encodeBody = (p: KpiInputPage, s: PageStrings, r: number, d: Data): void => {
  if (d.centralBody !== undefined) p.body[r] = s.name(d.centralBody, 'centralBody');
};

/** One event into row `r`; throws on what the fold cannot read. */
const encodeRow = (p: KpiInputPage, s: PageStrings, lists: number[], r: number, e: KpiInputEvent): void => {
  const kind = KIND_OF.get(e.type);
  p.pos[r] = e.position;
  p.listFrom[r] = p.listMid[r] = p.listTo[r] = lists.length;
  if (kind === undefined) {
    p.kind[r] = SKIPPED;
    return;
  }
  const d = e.data as Data;
  p.at[r] = parseInstant(e.metadata.recordedAt);
  p.day[r] = parseDay(d.occurredOn as string);
  switch (kind) {
    case KIND.RiskIdentified:
      p.id[r] = s.id(d.riskId, 'riskId');
      p.region[r] = code(REGION_INDEX, d.region, 'region');
      p.sphere[r] = code(SPHERE_INDEX, d.sphere, 'sphere');
      p.cause[r] = code(CAUSE_INDEX, d.causeCategory, 'causeCategory');
      p.source[r] = code(SOURCE_INDEX, d.source, 'source');
      p.org[r] = s.name(d.organization, 'organization');
      p.proc[r] = s.name(d.process, 'process');
      encodeBody(p, s, r, d);
      encodeDistrict(p, s, r, d);
      break;
    case KIND.RiskReclassified:
      p.id[r] = s.id(d.riskId, 'riskId');
      p.sphere[r] = optionalCode(SPHERE_INDEX, d.sphere, 'sphere');
      p.cause[r] = optionalCode(CAUSE_INDEX, d.causeCategory, 'causeCategory');
      p.source[r] = optionalCode(SOURCE_INDEX, d.source, 'source');
      if (d.organization !== undefined) p.org[r] = s.name(d.organization, 'organization');
      if (d.process !== undefined) p.proc[r] = s.name(d.process, 'process');
      encodeDistrict(p, s, r, d);
      break;
    case KIND.RiskWithdrawn:
      p.id[r] = s.id(d.riskId, 'riskId');
      break;
    case KIND.RecommendationIssued:
      p.id[r] = s.id(d.recommendationId, 'recommendationId');
      p.risk[r] = s.id(d.riskId, 'riskId');
      p.due[r] = parseDay(d.dueOn as string);
      break;
    case KIND.RecommendationRejected:
      p.id[r] = s.id(d.recommendationId, 'recommendationId');
      break;
    case KIND.RecommendationDueDateMoved:
      p.id[r] = s.id(d.recommendationId, 'recommendationId');
      p.due[r] = parseDay(d.dueOn as string);
      break;
    case KIND.ProcessTransformed: {
      // Transformations count by region where the code is known; the write side checks it.
      p.region[r] = REGION_INDEX.get(d.region as string) ?? 0;
      encodeBody(p, s, r, d);
      for (const riskId of idList(d.removesRiskIds, 'removesRiskIds')) lists.push(s.id(riskId, 'riskId'));
      p.listMid[r] = lists.length;
      for (const recommendationId of idList(
        d.implementsRecommendationIds ?? [],
        'implementsRecommendationIds',
      ))
        lists.push(s.id(recommendationId, 'recommendationId'));
      p.listTo[r] = lists.length;
      break;
    }
    case KIND.RightRestored:
      p.id[r] = s.id(d.caseId, 'caseId');
      p.region[r] = code(REGION_INDEX, d.region, 'region');
      encodeBody(p, s, r, d);
      // Its own sphere and organization where given; else those of the risk it names.
      p.sphere[r] = optionalCode(SPHERE_INDEX, d.sphere, 'sphere');
      if (d.organization !== undefined) p.org[r] = s.name(d.organization, 'organization');
      p.people[r] = d.peopleCount as number;
      p.cents[r] = d.amountKzt === undefined ? 0 : Math.round((d.amountKzt as number) * 100);
      if (d.riskId !== undefined) p.risk[r] = s.id(d.riskId, 'riskId');
      break;
  }
  p.kind[r] = kind;
};

/** The KPI input of `events`, in order. An event it cannot read becomes a FAULT row, failing the fold there. */
export const encodeKpiPage = (events: readonly KpiInputEvent[]): KpiInputPage => {
  const p = emptyPage(events.length);
  const s = new PageStrings();
  const lists: number[] = [];
  for (let r = 0; r < events.length; r++) {
    try {
      encodeRow(p, s, lists, r, events[r]!);
    } catch (error) {
      p.kind[r] = FAULT;
      p.id[r] = s.id(error instanceof Error ? error.message : String(error), 'fault');
      p.risk[r] = s.id(String(events[r]!.type), 'type');
      p.listMid[r] = p.listTo[r] = p.listFrom[r]!;
      lists.length = p.listFrom[r]!;
    }
  }
  p.lists = Int32Array.from(lists);
  p.strings = s.strings;
  return p;
};

/** The buffers of a page, to transfer rather than copy it to another thread. */
export const pageBuffers = (p: KpiInputPage): ArrayBuffer[] =>
  [
    p.kind,
    p.pos,
    p.at,
    p.day,
    p.id,
    p.risk,
    p.region,
    p.sphere,
    p.cause,
    p.source,
    p.org,
    p.proc,
    p.body,
    p.district,
    p.districtName,
    p.due,
    p.people,
    p.cents,
    p.listFrom,
    p.listMid,
    p.listTo,
    p.lists,
  ].map((column) => column.buffer as ArrayBuffer);

/** The event type of row `r`, for reporting a failure there. */
export const typeOfRow = (p: KpiInputPage, r: number): string => {
  const kind = p.kind[r]!;
  if (kind === FAULT) return p.strings[p.risk[r]!]!;
  return KPI_KINDS[kind] ?? 'an event the KPIs do not read';
};

/**
 * The events of a page into their input, with the buffers to transfer: what a replay folds, in
 * this thread or in the store's reader threads, which load this module by its URL (`projection.ts`
 * names it as `new URL('./input.ts', import.meta.url)`, an arrow the architecture test follows).
 */
export const encodePage = (
  events: readonly KpiInputEvent[],
): { page: KpiInputPage; transfer: ArrayBuffer[] } => {
  const page = encodeKpiPage(events);
  return { page, transfer: pageBuffers(page) };
};
