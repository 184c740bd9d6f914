import { fromDayNumber, REGION_CODES } from '@kpi/schema';
import { isKpiName, KPI_NAMES, KPIS, type KpiName } from '../definition/measures.ts';
import {
  isImplementedByNow,
  isImplementedOnTime,
  isOverdueAt,
  isRecommendationKpi,
  RECOMMENDATION_KPI_DAY,
  type RecommendationKpi,
} from '../definition/recommendations.ts';
import { kztOf } from '../definition/rights-restored.ts';
import {
  ageAt,
  daysToRemoval,
  isAgedWithin,
  isOpenAt,
  isOpenRiskKpi,
  isRemovedByNow,
  isRiskKpi,
  OPEN_RISK_AGES,
  RISK_KPI_DAY,
  type RiskKpi,
} from '../definition/risks.ts';
import { NO_DAY } from '../fold/columns.ts';
import { NO_DISTRICT } from '../fold/districts.ts';
import { unitCode } from '../fold/units.ts';
import { cutAt, type Knowledge, type KpiReadModel, type Period, toDayRange } from './cut.ts';
import { KpiQueryError } from './errors.ts';
import { type KpiFilter, type ResolvedFilter, resolveFilter } from './filter.ts';
import { decodeCursor, encodeCursor, pageSize, paginate } from './paging.ts';
import { recurredColumn, recurringRisks } from './recurrence.ts';
import type { KnowledgeView } from './view.ts';

export type EventRole =
  | 'identified'
  | 'reclassified'
  | 'removed'
  | 'issued'
  | 'dueDateMoved'
  | 'implemented'
  | 'rejected'
  | 'restored'
  | 'recurred';

/** An event behind a number, by log position; the API reads who submitted it and when from the log. */
export interface EventRef {
  readonly position: number;
  readonly role: EventRole;
}

export interface DrillDownRow {
  readonly subject: 'risk' | 'recommendation' | 'right';
  readonly id: string;
  /** Its region (ISO 3166-2:KZ) and organization, as known at the cut: an organization is a body of one region. */
  readonly region: string;
  readonly organization: string;
  /**
   * The reporting unit it belongs to: its region's code for the region's own work, a central
   * body's code for the body's (which sits in `region` but is not that region's). A
   * recommendation's is its risk's; a case's its own.
   */
  readonly unit: string;
  /** Its district (KATO code, and the name given with it), its risk's for a recommendation or a case; null at region level. */
  readonly district: { readonly code: string; readonly name: string | null } | null;
  /** The business date the KPI counts this row on (identified, removed, issued, due, restored...). */
  readonly date: string;
  /** Days to removal, age, days overdue, people or money, as fits the KPI; null otherwise. */
  readonly value: number | null;
  /** For a rate: whether the row is in the numerator (removed, implemented, on time, recurred). */
  readonly counted: boolean;
  readonly events: readonly EventRef[];
  readonly cursor: string;
}

export interface DrillDown extends Knowledge {
  readonly kpi: KpiName;
  readonly period: Period;
  /** Rows that make up the value, across all pages. */
  readonly total: number;
  readonly rows: readonly DrillDownRow[];
  readonly endCursor: string | null;
  readonly hasNextPage: boolean;
}

export interface DrillDownQuery {
  readonly kpi: string;
  readonly period: Period;
  readonly filter?: KpiFilter | null;
  readonly asOf?: Date | string | null;
  readonly after?: string | null;
  readonly first?: number | null;
}

const passes = (f: ResolvedFilter, v: KnowledgeView, i: number): boolean => {
  const r = v.risks;
  return (
    (f.unit === null || f.unit[r.unit[i]!] === 1) &&
    (f.sphere === null || f.sphere[r.sphere[i]!] === 1) &&
    (f.cause === null || f.cause[r.cause[i]!] === 1) &&
    (f.source === null || f.source[r.source[i]!] === 1) &&
    (f.org === null || f.org[r.org[i]!] === 1) &&
    (f.district === null || f.district[r.district[i]!] === 1)
  );
};

/** A candidate row: the thing's index, the day it counts on, its value and whether it is in a numerator. */
interface Candidate {
  readonly index: number;
  readonly day: number;
  readonly pos: number;
  readonly value: number | null;
  readonly counted: boolean;
}

const riskCandidates = (
  kpi: RiskKpi,
  v: KnowledgeView,
  f: ResolvedFilter,
  from: number,
  to: number,
): Candidate[] => {
  const r = v.risks;
  const out: Candidate[] = [];
  const recurred = kpi === 'recurrenceRate' ? recurredColumn(v) : null;
  const age = isOpenRiskKpi(kpi) ? OPEN_RISK_AGES[kpi] : undefined;
  const countedOn = RISK_KPI_DAY[kpi];
  for (let i = 0; i < r.n; i++) {
    if (!r.valid[i] || !passes(f, v, i)) continue;
    const a = r.idDay[i]!;
    const rem = r.remDay[i]!;
    const removed = isRemovedByNow(rem);
    const push = (day: number, pos: number, value: number | null, counted: boolean) =>
      out.push({ index: i, day, pos, value, counted });
    if (countedOn === 'identified') {
      // The removal rate's cohort shows which of it were removed, and in how many days.
      const cohort = kpi === 'removalRate';
      if (a >= from && a <= to)
        push(
          a,
          v.state.risks.idPos[i]!,
          cohort && removed ? daysToRemoval(a, rem) : null,
          !cohort || removed,
        );
    } else if (age) {
      const days = ageAt(to, a);
      if (isOpenAt(to, a, rem) && isAgedWithin(days, age[0], age[1]))
        push(a, v.state.risks.idPos[i]!, days, true);
    } else if (removed && rem >= from && rem <= to) {
      push(rem, r.remPos[i]!, daysToRemoval(a, rem), recurred ? recurred[i] === 1 : true);
    }
  }
  return out;
};

const recommendationCandidates = (
  kpi: RecommendationKpi,
  v: KnowledgeView,
  f: ResolvedFilter,
  from: number,
  to: number,
): Candidate[] => {
  const c = v.recommendations;
  const out: Candidate[] = [];
  for (let j = 0; j < c.n; j++) {
    if (!c.valid[j] || !passes(f, v, c.risk[j]!)) continue;
    const issued = c.issueDay[j]!;
    const impl = c.implDay[j]!;
    const due = c.due[j]!;
    const countedOn = RECOMMENDATION_KPI_DAY[kpi];
    if (countedOn === 'issued') {
      if (issued >= from && issued <= to)
        out.push({
          index: j,
          day: issued,
          pos: v.state.recommendations.issuePos[j]!,
          value: null,
          counted: true,
        });
    } else if (countedOn === 'implemented') {
      if (impl >= from && impl <= to)
        out.push({ index: j, day: impl, pos: c.implPos[j]!, value: null, counted: true });
    } else if (countedOn === 'end') {
      if (isOverdueAt(to, due, impl, c.rejDay[j]!)) {
        out.push({
          index: j,
          day: due,
          pos: v.state.recommendations.issuePos[j]!,
          value: to - due,
          counted: true,
        });
      }
    } else if (due >= from && due <= to) {
      const counted =
        kpi === 'implementationRate' ? isImplementedByNow(impl) : isImplementedOnTime(impl, due);
      out.push({ index: j, day: due, pos: v.state.recommendations.issuePos[j]!, value: null, counted });
    }
  }
  return out;
};

const rightCandidates = (
  kpi: KpiName,
  v: KnowledgeView,
  f: ResolvedFilter,
  from: number,
  to: number,
): Candidate[] => {
  const t = v.state.rights;
  const r = v.risks;
  const out: Candidate[] = [];
  const needsRisk = f.cause !== null || f.source !== null || f.district !== null;
  for (let k = 0; k < v.rights.n; k++) {
    if (!v.rights.valid[k]) continue;
    const day = t.day[k]!;
    if (day < from || day > to) continue;
    if (f.unit !== null && f.unit[t.unit[k]!] !== 1) continue;
    if (f.org !== null && f.org[v.rights.org[k]!] !== 1) continue;
    if (f.sphere !== null && f.sphere[v.rights.sphere[k]!] !== 1) continue;
    const i = v.rights.risk[k]!;
    if (needsRisk) {
      if (i < 0) continue;
      if (f.cause !== null && f.cause[r.cause[i]!] !== 1) continue;
      if (f.source !== null && f.source[r.source[i]!] !== 1) continue;
      if (f.district !== null && f.district[r.district[i]!] !== 1) continue;
    }
    const value =
      kpi === 'rightsRestoredMoneyKzt'
        ? kztOf(t.cents[k]!)
        : kpi === 'rightsRestoredPeople'
          ? t.people[k]!
          : null;
    out.push({ index: k, day, pos: t.pos[k]!, value, counted: true });
  }
  return out;
};

/**
 * The region, unit, organization and district a row counts in: a risk's own, a recommendation's risk's,
 * a case's own (its district its risk's, none without one) or its risk's.
 */
const placeOf = (
  v: KnowledgeView,
  subject: DrillDownRow['subject'],
  index: number,
): { region: number; unit: number; org: number; district: number } => {
  if (subject === 'right') {
    const i = v.rights.risk[index]!;
    const district = i < 0 ? NO_DISTRICT : v.risks.district[i]!;
    const right = v.state.rights;
    return { region: right.region[index]!, unit: right.unit[index]!, org: v.rights.org[index]!, district };
  }
  const i = subject === 'risk' ? index : v.recommendations.risk[index]!;
  const r = v.risks;
  return { region: r.region[i]!, unit: r.unit[i]!, org: r.org[i]!, district: r.district[i]! };
};

const districtOfRow = (v: KnowledgeView, id: number): DrillDownRow['district'] =>
  id === NO_DISTRICT
    ? null
    : { code: v.state.districts.codes[id]!, name: v.state.districts.names[id] ?? null };

const reclassificationsKnown = (v: KnowledgeView, i: number): EventRef[] =>
  (v.state.risks.reclassifications.get(i)?.changes ?? [])
    .filter((c) => c.at <= v.asOf)
    .map((c) => ({ position: c.pos, role: 'reclassified' as const }));

const riskEvents = (v: KnowledgeView, i: number, recurredBy: number): EventRef[] => {
  const r = v.risks;
  const events: EventRef[] = [
    { position: v.state.risks.idPos[i]!, role: 'identified' },
    ...reclassificationsKnown(v, i),
  ];
  if (r.remDay[i] !== NO_DAY) events.push({ position: r.remPos[i]!, role: 'removed' });
  if (recurredBy >= 0) events.push({ position: v.state.risks.idPos[recurredBy]!, role: 'recurred' });
  return events;
};

const recommendationEvents = (v: KnowledgeView, j: number): EventRef[] => {
  const c = v.recommendations;
  const events: EventRef[] = [{ position: v.state.recommendations.issuePos[j]!, role: 'issued' }];
  for (const m of v.state.recommendations.moves.get(j) ?? []) {
    if (m.at <= v.asOf) events.push({ position: m.pos, role: 'dueDateMoved' });
  }
  if (c.implDay[j] !== NO_DAY) events.push({ position: c.implPos[j]!, role: 'implemented' });
  if (c.rejDay[j] !== NO_DAY) events.push({ position: c.rejPos[j]!, role: 'rejected' });
  return events;
};

/** The rows behind a KPI's value for a period and filter: the audit trail of the number, a page at a time. */
export const drillDown = (model: KpiReadModel, query: DrillDownQuery): DrillDown => {
  if (!isKpiName(query.kpi)) {
    throw new KpiQueryError(
      'UNKNOWN_MEASURE',
      'kpi',
      `unknown KPI "${query.kpi}"; known: ${KPI_NAMES.join(', ')}`,
    );
  }
  const kpi = query.kpi;
  const range = toDayRange(query.period);
  const first = pageSize(query.first);
  const after = decodeCursor(query.after);
  const { view, knowledge } = cutAt(model, query.asOf);
  const filter = resolveFilter(model.state, query.filter);
  const subject = KPIS[kpi].subject;
  const candidates = isRiskKpi(kpi)
    ? riskCandidates(kpi, view, filter, range.from, range.to)
    : isRecommendationKpi(kpi)
      ? recommendationCandidates(kpi, view, filter, range.from, range.to)
      : rightCandidates(kpi, view, filter, range.from, range.to);
  const { page, hasNextPage } = paginate(
    candidates.map((c) => c.day),
    candidates.map((c) => c.pos),
    after,
    first,
  );
  const recurredBy =
    kpi === 'recurrenceRate'
      ? recurringRisks(
          view,
          page.map((k) => candidates[k]!.index),
        )
      : null;
  const rows = page.map((k): DrillDownRow => {
    const c = candidates[k]!;
    const events =
      subject === 'risk'
        ? riskEvents(view, c.index, recurredBy?.get(c.index) ?? -1)
        : subject === 'recommendation'
          ? recommendationEvents(view, c.index)
          : [{ position: c.pos, role: 'restored' as const }];
    const ids =
      subject === 'risk'
        ? model.state.risks.ids
        : subject === 'recommendation'
          ? model.state.recommendations.ids
          : model.state.rights.ids;
    const where = placeOf(view, subject, c.index);
    return {
      subject,
      id: ids[c.index]!,
      region: REGION_CODES[where.region]!,
      unit: unitCode(model.state.bodies, where.unit),
      organization: model.state.organizations.labels[where.org]!,
      district: districtOfRow(view, where.district),
      date: fromDayNumber(c.day),
      value: c.value,
      counted: c.counted,
      events,
      cursor: encodeCursor(c.day, c.pos),
    };
  });
  return {
    ...knowledge,
    kpi,
    period: { from: fromDayNumber(range.from), to: fromDayNumber(range.to) },
    total: candidates.length,
    rows,
    endCursor: rows.length > 0 ? rows[rows.length - 1]!.cursor : null,
    hasNextPage,
  };
};
