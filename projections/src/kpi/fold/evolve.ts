import { findId, slotOfId } from '../../id-index.ts';
import type { ProjectedEvent } from '../../projection.ts';
import { grow } from './columns.ts';
import { districtId, NO_DISTRICT } from './districts.ts';
import { encodeKpiPage, FAULT, KIND, KPI_KINDS, type KpiInputPage, SKIPPED } from './input.ts';
import { JOURNAL_RECOMMENDATION, JOURNAL_RIGHT, JOURNAL_RISK, noteChange } from './journal.ts';
import { nameId, pairId } from './names.ts';
import { type Fact, type KpiState, type RiskTable, recommendationSlot, riskSlot } from './state.ts';
import { bodyId, NO_BODY, unitOfIds } from './units.ts';

/** The event types the KPIs read. RiskRemoved and RecommendationImplemented repeat what ProcessTransformed says. */
export const KPI_EVENT_TYPES = KPI_KINDS;

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
  UserSignedOut: 'accounts are not KPIs',
  ChartSaved: "analysts' saved charts are not KPIs",
  ChartRenamed: "analysts' saved charts are not KPIs",
  ChartUpdated: "analysts' saved charts are not KPIs",
  ChartDeleted: "analysts' saved charts are not KPIs",
  BoardArranged: "analysts' boards are not KPIs",
  TargetSet: 'targets are what KPIs are held to, read by the targets projection',
  TargetWithdrawn: 'targets are what KPIs are held to, read by the targets projection',
  PerceptionSurveyConducted: 'perception is an outcome, read by the outcomes projection',
  PerceptionSurveyWithdrawn: 'perception is an outcome, read by the outcomes projection',
  CitizenReceptionHeld: 'receptions are read by the outcomes projection',
  ReportCommentaryWritten: 'commentary is read by the annotations projection',
  FigureCommentAdded: 'comments on figures are read by the annotations projection',
  AlertRuleCreated: 'alerts are read by the alert log, not the KPIs',
  AlertRuleChanged: 'alerts are read by the alert log, not the KPIs',
  AlertRuleMuted: 'alerts are read by the alert log, not the KPIs',
  AlertRuleUnmuted: 'alerts are read by the alert log, not the KPIs',
  AlertRuleDeleted: 'alerts are read by the alert log, not the KPIs',
  AlertFired: 'alerts are read by the alert log, not the KPIs',
  AlertCleared: 'alerts are read by the alert log, not the KPIs',
  AlertDeliveryAttempted: 'alerts are read by the alert log, not the KPIs',
  AlertDeliverySucceeded: 'alerts are read by the alert log, not the KPIs',
  AlertDeliveryFailed: 'alerts are read by the alert log, not the KPIs',
  ReportScheduleCreated: 'report schedules say whom to mail the report to; the KPIs do not read them',
  ReportScheduleChanged: 'report schedules say whom to mail the report to; the KPIs do not read them',
  ReportScheduleWithdrawn: 'report schedules say whom to mail the report to; the KPIs do not read them',
  ScheduledReportAttempted: 'the sending of scheduled reports is read by its own projection',
  ScheduledReportSent: 'the sending of scheduled reports is read by its own projection',
  ScheduledReportFailed: 'the sending of scheduled reports is read by its own projection',
  FigureCommentWithdrawn: 'comments on figures are read by the annotations projection',
  CentralBodyAdded: 'the catalogue of central bodies is read by its own projection',
  CentralBodyRenamed: 'the catalogue of central bodies is read by its own projection',
};

/** Applies row `r` of `p` (see input.ts) to the state: only what depends on the state is done here. */
type Handler = (state: KpiState, p: KpiInputPage, r: number) => void;

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

/** The district a row names (-1: none named); its name, when given, is kept for display. */
const districtOf = (state: KpiState, p: KpiInputPage, r: number): number => {
  const code = p.district[r]!;
  if (code < 0) return -1;
  const name = p.districtName[r]!;
  return districtId(state.districts, p.strings[code]!, name < 0 ? undefined : p.strings[name]);
};

/** The unit of row `r`: the central body it names (indexed as it appears), else its region. */
const unitOfRow = (state: KpiState, p: KpiInputPage, r: number): number => {
  const body = p.body[r]!;
  return unitOfIds(p.region[r]!, body < 0 ? NO_BODY : bodyId(state.bodies, p.strings[body]!));
};

const riskIdentified: Handler = (state, p, r) => {
  const t = state.risks;
  const i = riskSlot(t, p.strings[p.id[r]!]!);
  if (t.known[i]) return;
  const region = p.region[r]!;
  t.known[i] = 1;
  t.region[i] = region;
  t.unit[i] = unitOfRow(state, p, r);
  t.idDay[i] = p.day[r]!;
  t.idAt[i] = p.at[r]!;
  t.idPos[i] = p.pos[r]!;
  t.sphere[i] = p.sphere[r]!;
  t.cause[i] = p.cause[r]!;
  t.source[i] = p.source[r]!;
  t.org[i] = nameId(state.organizations, region, p.strings[p.org[r]!]!);
  t.proc[i] = nameId(state.processes, 0, p.strings[p.proc[r]!]!);
  const district = districtOf(state, p, r);
  t.district[i] = district < 0 ? NO_DISTRICT : district;
  setAttributes(state, t, i);
  noteChange(state, JOURNAL_RISK, i);
};

const riskReclassified: Handler = (state, p, r) => {
  const t = state.risks;
  const i = findId(t.index, p.strings[p.id[r]!]!);
  // The write side refuses a reclassification of a risk it does not know; nothing to move.
  if (i < 0 || !t.known[i]) return;
  const org = p.org[r]!;
  const proc = p.proc[r]!;
  const change = {
    at: p.at[r]!,
    pos: p.pos[r]!,
    sphere: p.sphere[r]!,
    cause: p.cause[r]!,
    source: p.source[r]!,
    org: org < 0 ? -1 : nameId(state.organizations, t.region[i]!, p.strings[org]!),
    proc: proc < 0 ? -1 : nameId(state.processes, 0, p.strings[proc]!),
    district: districtOf(state, p, r),
  };
  let history = t.reclassifications.get(i);
  if (!history) {
    const initial = {
      sphere: t.sphere[i]!,
      cause: t.cause[i]!,
      source: t.source[i]!,
      org: t.org[i]!,
      proc: t.proc[i]!,
      district: t.district[i]!,
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
  if (change.district >= 0) t.district[i] = change.district;
  setAttributes(state, t, i);
  noteChange(state, JOURNAL_RISK, i);
};

const riskWithdrawn: Handler = (state, p, r) => {
  const t = state.risks;
  const i = riskSlot(t, p.strings[p.id[r]!]!);
  const at = p.at[r]!;
  if (at < t.wdAt[i]!) {
    t.wdAt[i] = at;
    t.wdPos[i] = p.pos[r]!;
    noteChange(state, JOURNAL_RISK, i);
  }
};

const processTransformed: Handler = (state, p, r) => {
  // No dedupe by id: a transformation folded twice names the same earliest facts, which count once.
  const day = p.day[r]!;
  const at = p.at[r]!;
  const pos = p.pos[r]!;
  const x = state.transformations;
  const k = x.count++;
  // Checked here: grow() sees every kind of column, so each call of it is a slow generic one.
  if (x.region.length < x.count) {
    x.region = grow(x.region, x.count);
    x.unit = grow(x.unit, x.count);
    x.day = grow(x.day, x.count);
    x.at = grow(x.at, x.count);
    x.pos = grow(x.pos, x.count);
  }
  x.region[k] = p.region[r]!;
  x.unit[k] = unitOfRow(state, p, r);
  x.day[k] = day;
  x.at[k] = at;
  x.pos[k] = pos;
  const risks = state.risks;
  const mid = p.listMid[r]!;
  for (let l = p.listFrom[r]!; l < mid; l++) {
    const i = riskSlot(risks, p.strings[p.lists[l]!]!);
    addFact(i, day, at, pos, risks.remCount, risks.remDay, risks.remAt, risks.remPos, risks.removals);
    noteChange(state, JOURNAL_RISK, i);
  }
  const c = state.recommendations;
  for (let l = mid, to = p.listTo[r]!; l < to; l++) {
    const j = recommendationSlot(c, p.strings[p.lists[l]!]!);
    addFact(j, day, at, pos, c.implCount, c.implDay, c.implAt, c.implPos, c.implementations);
    noteChange(state, JOURNAL_RECOMMENDATION, j);
  }
};

const recommendationIssued: Handler = (state, p, r) => {
  const c = state.recommendations;
  const j = recommendationSlot(c, p.strings[p.id[r]!]!);
  if (c.known[j]) return;
  c.known[j] = 1;
  c.risk[j] = riskSlot(state.risks, p.strings[p.risk[r]!]!);
  c.issueDay[j] = p.day[r]!;
  c.issueAt[j] = p.at[r]!;
  c.issuePos[j] = p.pos[r]!;
  c.dueIssued[j] = p.due[r]!;
  if (!c.moves.has(j)) c.due[j] = c.dueIssued[j]!;
  noteChange(state, JOURNAL_RECOMMENDATION, j);
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

const dueDateMoved: Handler = (state, p, r) => {
  const c = state.recommendations;
  const j = recommendationSlot(c, p.strings[p.id[r]!]!);
  let moves = c.moves.get(j);
  if (!moves) {
    moves = [];
    c.moves.set(j, moves);
  }
  moves.push({ day: p.due[r]!, on: p.day[r]!, at: p.at[r]!, pos: p.pos[r]! });
  c.due[j] = latestMove(moves, Number.POSITIVE_INFINITY)!.day;
  noteChange(state, JOURNAL_RECOMMENDATION, j);
};

const recommendationRejected: Handler = (state, p, r) => {
  const c = state.recommendations;
  const j = recommendationSlot(c, p.strings[p.id[r]!]!);
  addFact(j, p.day[r]!, p.at[r]!, p.pos[r]!, c.rejCount, c.rejDay, c.rejAt, c.rejPos, c.rejections);
  noteChange(state, JOURNAL_RECOMMENDATION, j);
};

const rightRestored: Handler = (state, p, r) => {
  const t = state.rights;
  const caseId = p.strings[p.id[r]!]!;
  if (slotOfId(t.index, caseId, t.count) < t.count) return;
  const k = t.count++;
  t.ids.push(caseId);
  if (t.region.length < t.count) {
    const n = t.count;
    t.region = grow(t.region, n);
    t.unit = grow(t.unit, n);
    t.org = grow(t.org, n);
    t.sphere = grow(t.sphere, n);
    t.day = grow(t.day, n);
    t.at = grow(t.at, n);
    t.pos = grow(t.pos, n);
    t.people = grow(t.people, n);
    t.cents = grow(t.cents, n);
    t.risk = grow(t.risk, n);
  }
  const region = p.region[r]!;
  t.region[k] = region;
  t.unit[k] = unitOfRow(state, p, r);
  const org = p.org[r]!;
  t.org[k] = org < 0 ? -1 : nameId(state.organizations, region, p.strings[org]!);
  t.sphere[k] = p.sphere[r]!;
  t.day[k] = p.day[r]!;
  t.at[k] = p.at[r]!;
  t.pos[k] = p.pos[r]!;
  t.people[k] = p.people[r]!;
  t.cents[k] = p.cents[r]!;
  const risk = p.risk[r]!;
  t.risk[k] = risk < 0 ? -1 : riskSlot(state.risks, p.strings[risk]!);
  noteChange(state, JOURNAL_RIGHT, k);
};

/** By kind (see input.ts): in KPI_KINDS order. */
const HANDLERS: readonly Handler[] = [
  riskIdentified,
  riskReclassified,
  riskWithdrawn,
  recommendationIssued,
  recommendationRejected,
  dueDateMoved,
  processTransformed,
  rightRestored,
];

/**
 * Folds row `r` of an input page into the state in place: the one fold, whether the row was
 * encoded a page at a time (a replay) or for a single event (see evolveKpi).
 */
export const applyKpiInput = (state: KpiState, p: KpiInputPage, r: number): KpiState => {
  const kind = p.kind[r]!;
  if (kind === SKIPPED) return state;
  if (kind === FAULT) throw new Error(p.strings[p.id[r]!]);
  HANDLERS[kind]!(state, p, r);
  const at = p.at[r]!;
  const pos = p.pos[r]!;
  const log = state.log;
  const n = log.count++;
  if (log.at.length < log.count) {
    log.at = grow(log.at, log.count);
    log.pos = grow(log.pos, log.count);
  }
  if (n > 0 && at < log.at[n - 1]!) log.ordered = false;
  log.at[n] = at;
  log.pos[n] = pos;
  state.position = Math.max(state.position, pos);
  state.version++;
  return state;
};

/** Folds one event into the state in place. Types the KPIs do not read leave it unchanged. */
export const evolveKpi = (state: KpiState, event: ProjectedEvent): KpiState => {
  if (!Object.hasOwn(KIND, event.type)) return state;
  return applyKpiInput(state, encodeKpiPage([event]), 0);
};
