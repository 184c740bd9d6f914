import type { EventData } from '@kpi/schema';
import type { ProjectedEvent } from '../projection.ts';
import { grow, parseDay, parseInstant } from './columns.ts';
import { findId, slotOfId } from './id-index.ts';
import { nameId, pairId } from './names.ts';
import { type Fact, type KpiState, type RiskTable, recommendationSlot, riskSlot } from './state.ts';
import { CAUSE_INDEX, codeIndex, REGION_INDEX, SOURCE_INDEX, SPHERE_INDEX } from './vocabulary-index.ts';

/** The event types the KPIs read. RiskRemoved and RecommendationImplemented repeat what ProcessTransformed says. */
export const KPI_EVENT_TYPES = [
  'RiskIdentified',
  'RiskReclassified',
  'RiskWithdrawn',
  'RecommendationIssued',
  'RecommendationRejected',
  'RecommendationDueDateMoved',
  'ProcessTransformed',
  'RightRestored',
] as const;

/**
 * Every other event type in the log, and why the KPIs do not read it. A test fails when the
 * registry grows a type that is in neither list, so each new event gets a decision.
 */
export const KPI_IGNORED_EVENT_TYPES: Readonly<Record<string, string>> = {
  RiskRemoved: 'repeats the removal ProcessTransformed records, which the KPIs count',
  RecommendationImplemented: 'repeats the implementation ProcessTransformed records, which the KPIs count',
  UserRegistered: 'accounts are not KPIs',
  UserRoleGranted: 'accounts are not KPIs',
  UserPasswordChanged: 'accounts are not KPIs',
  UserDeactivated: 'accounts are not KPIs',
  UsernameReserved: 'accounts are not KPIs',
  ChartSaved: "analysts' saved charts are not KPIs",
  ChartRenamed: "analysts' saved charts are not KPIs",
  ChartUpdated: "analysts' saved charts are not KPIs",
  ChartDeleted: "analysts' saved charts are not KPIs",
  BoardArranged: "analysts' boards are not KPIs",
};

type Handler = (
  state: KpiState,
  data: never,
  day: number,
  at: number,
  pos: number,
  event: ProjectedEvent,
) => void;

/**
 * Adds a dated fact to a thing that may have several (a risk removed by two transformations): the
 * columns hold the earliest by business date (log order among equals), the map keeps them all so
 * that an `asOf` query can find the earliest known then.
 */
const addFact = (
  i: number,
  day: number,
  at: number,
  pos: number,
  count: Uint16Array,
  dayCol: Int32Array,
  atCol: Float64Array,
  posCol: Float64Array,
  all: Map<number, Fact[]>,
): void => {
  const n = count[i]!;
  if (n > 0) {
    let list = all.get(i);
    if (!list) {
      list = [{ day: dayCol[i]!, at: atCol[i]!, pos: posCol[i]! }];
      all.set(i, list);
    }
    list.push({ day, at, pos });
  }
  if (n === 0 || day < dayCol[i]!) {
    dayCol[i] = day;
    atCol[i] = at;
    posCol[i] = pos;
  }
  count[i] = Math.min(n + 1, 65_535);
};

const setAttributes = (state: KpiState, risks: RiskTable, i: number): void => {
  risks.pair[i] = pairId(state.pairs, risks.org[i]!, risks.proc[i]!);
};

const riskIdentified: Handler = (state, d: EventData<'RiskIdentified'>, day, at, pos) => {
  const t = state.risks;
  const i = riskSlot(t, d.riskId);
  if (t.known[i]) return;
  const region = codeIndex(REGION_INDEX, d.region, 'region');
  t.known[i] = 1;
  t.region[i] = region;
  t.idDay[i] = day;
  t.idAt[i] = at;
  t.idPos[i] = pos;
  t.sphere[i] = codeIndex(SPHERE_INDEX, d.sphere, 'sphere');
  t.cause[i] = codeIndex(CAUSE_INDEX, d.causeCategory, 'causeCategory');
  t.source[i] = codeIndex(SOURCE_INDEX, d.source, 'source');
  t.org[i] = nameId(state.organizations, region, d.organization);
  t.proc[i] = nameId(state.processes, 0, d.process);
  setAttributes(state, t, i);
};

const riskReclassified: Handler = (state, d: EventData<'RiskReclassified'>, _day, at, pos) => {
  const t = state.risks;
  const i = findId(t.index, d.riskId);
  // The write side refuses a reclassification of a risk it does not know; nothing to move.
  if (i < 0 || !t.known[i]) return;
  const change = {
    at,
    pos,
    sphere: d.sphere === undefined ? -1 : codeIndex(SPHERE_INDEX, d.sphere, 'sphere'),
    cause: d.causeCategory === undefined ? -1 : codeIndex(CAUSE_INDEX, d.causeCategory, 'causeCategory'),
    source: d.source === undefined ? -1 : codeIndex(SOURCE_INDEX, d.source, 'source'),
    org: d.organization === undefined ? -1 : nameId(state.organizations, t.region[i]!, d.organization),
    proc: d.process === undefined ? -1 : nameId(state.processes, 0, d.process),
  };
  let history = t.reclassifications.get(i);
  if (!history) {
    const initial = {
      sphere: t.sphere[i]!,
      cause: t.cause[i]!,
      source: t.source[i]!,
      org: t.org[i]!,
      proc: t.proc[i]!,
    };
    history = { initial, changes: [] };
    t.reclassifications.set(i, history);
  }
  history.changes.push(change);
  if (change.sphere >= 0) t.sphere[i] = change.sphere;
  if (change.cause >= 0) t.cause[i] = change.cause;
  if (change.source >= 0) t.source[i] = change.source;
  if (change.org >= 0) t.org[i] = change.org;
  if (change.proc >= 0) t.proc[i] = change.proc;
  setAttributes(state, t, i);
};

const riskWithdrawn: Handler = (state, d: EventData<'RiskWithdrawn'>, _day, at, pos) => {
  const t = state.risks;
  const i = riskSlot(t, d.riskId);
  if (at < t.wdAt[i]!) {
    t.wdAt[i] = at;
    t.wdPos[i] = pos;
  }
};

const processTransformed: Handler = (state, d: EventData<'ProcessTransformed'>, day, at, pos) => {
  // No dedupe by id: a transformation folded twice names the same earliest facts, which count once.
  const x = state.transformations;
  const k = x.count++;
  x.region = grow(x.region, x.count);
  x.day = grow(x.day, x.count);
  x.at = grow(x.at, x.count);
  x.pos = grow(x.pos, x.count);
  x.region[k] = REGION_INDEX.get(d.region) ?? 0;
  x.day[k] = day;
  x.at[k] = at;
  x.pos[k] = pos;
  const r = state.risks;
  for (const riskId of d.removesRiskIds) {
    const i = riskSlot(r, riskId);
    addFact(i, day, at, pos, r.remCount, r.remDay, r.remAt, r.remPos, r.removals);
  }
  const c = state.recommendations;
  for (const recommendationId of d.implementsRecommendationIds ?? []) {
    const j = recommendationSlot(c, recommendationId);
    addFact(j, day, at, pos, c.implCount, c.implDay, c.implAt, c.implPos, c.implementations);
  }
};

const recommendationIssued: Handler = (state, d: EventData<'RecommendationIssued'>, day, at, pos) => {
  const c = state.recommendations;
  const j = recommendationSlot(c, d.recommendationId);
  if (c.known[j]) return;
  c.known[j] = 1;
  c.risk[j] = riskSlot(state.risks, d.riskId);
  c.issueDay[j] = day;
  c.issueAt[j] = at;
  c.issuePos[j] = pos;
  c.dueIssued[j] = parseDay(d.dueOn);
  if (!c.moves.has(j)) c.due[j] = c.dueIssued[j]!;
};

/** The latest move by business date wins; among moves of one day, the last recorded. */
export const latestMove = <M extends { on: number; pos: number }>(
  moves: readonly M[],
  asOf: number,
): M | null => {
  let best: M | null = null;
  for (const m of moves) {
    if ((m as unknown as Fact).at > asOf) continue;
    if (!best || m.on > best.on || (m.on === best.on && m.pos > best.pos)) best = m;
  }
  return best;
};

const dueDateMoved: Handler = (state, d: EventData<'RecommendationDueDateMoved'>, day, at, pos) => {
  const c = state.recommendations;
  const j = recommendationSlot(c, d.recommendationId);
  let moves = c.moves.get(j);
  if (!moves) {
    moves = [];
    c.moves.set(j, moves);
  }
  moves.push({ day: parseDay(d.dueOn), on: day, at, pos });
  c.due[j] = latestMove(moves, Number.POSITIVE_INFINITY)!.day;
};

const recommendationRejected: Handler = (state, d: EventData<'RecommendationRejected'>, day, at, pos) => {
  const c = state.recommendations;
  const j = recommendationSlot(c, d.recommendationId);
  addFact(j, day, at, pos, c.rejCount, c.rejDay, c.rejAt, c.rejPos, c.rejections);
};

const rightRestored: Handler = (state, d: EventData<'RightRestored'>, day, at, pos) => {
  const t = state.rights;
  if (slotOfId(t.index, d.caseId, t.count) < t.count) return;
  const k = t.count++;
  t.ids.push(d.caseId);
  if (t.region.length < t.count) {
    const n = t.count;
    t.region = grow(t.region, n);
    t.org = grow(t.org, n);
    t.day = grow(t.day, n);
    t.at = grow(t.at, n);
    t.pos = grow(t.pos, n);
    t.people = grow(t.people, n);
    t.cents = grow(t.cents, n);
    t.risk = grow(t.risk, n);
  }
  const region = codeIndex(REGION_INDEX, d.region, 'region');
  t.region[k] = region;
  t.org[k] = nameId(state.organizations, region, d.organization);
  t.day[k] = day;
  t.at[k] = at;
  t.pos[k] = pos;
  t.people[k] = d.peopleCount;
  t.cents[k] = d.amountKzt === undefined ? 0 : Math.round(d.amountKzt * 100);
  t.risk[k] = d.riskId === undefined ? -1 : riskSlot(state.risks, d.riskId);
};

const HANDLERS: Record<string, Handler> = {
  RiskIdentified: riskIdentified,
  RiskReclassified: riskReclassified,
  RiskWithdrawn: riskWithdrawn,
  ProcessTransformed: processTransformed,
  RecommendationIssued: recommendationIssued,
  RecommendationRejected: recommendationRejected,
  RecommendationDueDateMoved: dueDateMoved,
  RightRestored: rightRestored,
};

/** Folds one event into the state in place. Types the KPIs do not read leave it unchanged. */
export const evolveKpi = (state: KpiState, event: ProjectedEvent): KpiState => {
  const handle = HANDLERS[event.type];
  if (!handle) return state;
  const data = event.data as { occurredOn: string };
  const at = parseInstant(event.metadata.recordedAt);
  const pos = event.position;
  handle(state, data as never, parseDay(data.occurredOn), at, pos, event);
  const log = state.log;
  const n = log.count++;
  log.at = grow(log.at, log.count);
  log.pos = grow(log.pos, log.count);
  if (n > 0 && at < log.at[n - 1]!) log.ordered = false;
  log.at[n] = at;
  log.pos[n] = pos;
  state.position = Math.max(state.position, pos);
  state.version++;
  return state;
};
