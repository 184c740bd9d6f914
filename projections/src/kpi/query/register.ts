import {
  CAUSE_CATEGORY_CODES,
  fromDayNumber,
  REGION_CODES,
  RISK_SOURCE_CODES,
  SPHERE_CODES,
} from '@kpi/schema';
import { NO_DAY, parseDay } from '../fold/columns.ts';
import { NO_DISTRICT } from '../fold/districts.ts';
import { unitIdOf } from '../fold/units.ts';
import { cutAt, type Knowledge, type KpiReadModel } from './cut.ts';
import { KpiQueryError } from './errors.ts';
import { decodeCursor, encodeCursor, pageSize, paginate } from './paging.ts';
import type { KnowledgeView } from './view.ts';

/**
 * The regional workspace: a region's open risks with their recommendations, and its
 * recommendations coming due or overdue. "Today" comes in as an argument (the API reads the clock).
 */
export type RecommendationStatus = 'IMPLEMENTED' | 'REJECTED' | 'OVERDUE' | 'OPEN';

export interface RegisterRecommendation {
  readonly recommendationId: string;
  readonly riskId: string;
  readonly issuedOn: string;
  readonly dueOn: string;
  readonly status: RecommendationStatus;
  readonly implementedOn: string | null;
  readonly rejectedOn: string | null;
  /** Days past the due date today, for an overdue one. */
  readonly daysOverdue: number | null;
  readonly position: number;
}

export interface RegisterRisk {
  readonly riskId: string;
  readonly region: string;
  /** Its district's KATO code, and the name last given with it; null at region level. */
  readonly district: string | null;
  readonly districtName: string | null;
  readonly organization: string;
  readonly process: string;
  readonly sphere: string;
  readonly causeCategory: string;
  readonly source: string;
  readonly identifiedOn: string;
  readonly ageDays: number;
  readonly recommendations: readonly RegisterRecommendation[];
  /** Position of its RiskIdentified in the log. */
  readonly position: number;
}

export interface Page<T> extends Knowledge {
  readonly total: number;
  readonly items: readonly T[];
  readonly endCursor: string | null;
  readonly hasNextPage: boolean;
}

export interface RegisterQuery {
  /** The reporting unit: a region's code (its own work), or a central body's catalogue code. */
  readonly region: string;
  /** Today in Asia/Almaty, `YYYY-MM-DD`. */
  readonly today: string;
  readonly asOf?: Date | string | null;
  readonly after?: string | null;
  readonly first?: number | null;
}

const regionIndex = (region: string): number => {
  const r = REGION_CODES.indexOf(region as (typeof REGION_CODES)[number]);
  if (r < 0) throw new KpiQueryError('INVALID_FILTER', 'region', `unknown region "${region}"`);
  return r;
};

/**
 * The unit id of a register's unit: a region's index, or a central body's id. A body no event
 * has named yet has no id and an empty register (-1 matches no risk).
 */
const unitIndex = (model: KpiReadModel, unit: string): number =>
  REGION_CODES.includes(unit as (typeof REGION_CODES)[number])
    ? regionIndex(unit)
    : (unitIdOf(model.state.bodies, unit) ?? -1);

const todayOf = (today: string): number => {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(today))
    throw new KpiQueryError('INVALID_PERIOD', 'today', 'must be YYYY-MM-DD');
  return parseDay(today);
};

const recommendationOf = (v: KnowledgeView, j: number, today: number): RegisterRecommendation => {
  const c = v.recommendations;
  // Facts dated after "today" (a view of a past day) have not happened yet.
  const impl = c.implDay[j]! <= today ? c.implDay[j]! : NO_DAY;
  const rej = c.rejDay[j]! <= today ? c.rejDay[j]! : NO_DAY;
  const due = c.due[j]!;
  const overdue = impl === NO_DAY && rej === NO_DAY && due < today;
  return {
    recommendationId: v.state.recommendations.ids[j]!,
    riskId: v.state.risks.ids[c.risk[j]!]!,
    issuedOn: fromDayNumber(c.issueDay[j]!),
    dueOn: fromDayNumber(due),
    status: impl !== NO_DAY ? 'IMPLEMENTED' : rej !== NO_DAY ? 'REJECTED' : overdue ? 'OVERDUE' : 'OPEN',
    implementedOn: impl === NO_DAY ? null : fromDayNumber(impl),
    rejectedOn: rej === NO_DAY ? null : fromDayNumber(rej),
    daysOverdue: overdue ? today - due : null,
    position: v.state.recommendations.issuePos[j]!,
  };
};

const recommendationsByRisk = (v: KnowledgeView): Map<number, number[]> => {
  const byRisk = new Map<number, number[]>();
  const c = v.recommendations;
  for (let j = 0; j < c.n; j++) {
    if (!c.valid[j]) continue;
    const list = byRisk.get(c.risk[j]!);
    if (list) list.push(j);
    else byRisk.set(c.risk[j]!, [j]);
  }
  return byRisk;
};

/** A region's risks identified and not removed on `today` (as known now or at asOf), oldest first, with their recommendations. */
export const openRisksOfRegion = (model: KpiReadModel, query: RegisterQuery): Page<RegisterRisk> =>
  openRisksOf(model, regionIndex(query.region), query);

/** A central body's (or a region's) open risks: the body's officer's register, wherever the work sits. */
export const openRisksOfUnit = (model: KpiReadModel, query: RegisterQuery): Page<RegisterRisk> =>
  openRisksOf(model, unitIndex(model, query.region), query);

const openRisksOf = (model: KpiReadModel, unit: number, query: RegisterQuery): Page<RegisterRisk> => {
  const today = todayOf(query.today);
  const first = pageSize(query.first);
  const after = decodeCursor(query.after);
  const { view, knowledge } = cutAt(model, query.asOf);
  const r = view.risks;
  const found: number[] = [];
  for (let i = 0; i < r.n; i++)
    // A region's register is its own work (a region's unit id is its index): not the bodies' risks in it.
    if (r.valid[i] && r.unit[i] === unit && r.idDay[i]! <= today && r.remDay[i]! > today) found.push(i);
  const positions = found.map((i) => model.state.risks.idPos[i]!);
  const { page, hasNextPage } = paginate(
    found.map((i) => r.idDay[i]!),
    positions,
    after,
    first,
  );
  const byRisk = page.length > 0 ? recommendationsByRisk(view) : new Map<number, number[]>();
  const s = model.state;
  const items = page.map((k): RegisterRisk => {
    const i = found[k]!;
    return {
      riskId: s.risks.ids[i]!,
      // Where the work sits: a body's risk names its region.
      region: REGION_CODES[r.region[i]!]!,
      district: r.district[i] === NO_DISTRICT ? null : s.districts.codes[r.district[i]!]!,
      districtName: r.district[i] === NO_DISTRICT ? null : (s.districts.names[r.district[i]!] ?? null),
      organization: s.organizations.labels[r.org[i]!]!,
      process: s.processes.labels[r.proc[i]!]!,
      sphere: SPHERE_CODES[r.sphere[i]!]!,
      causeCategory: CAUSE_CATEGORY_CODES[r.cause[i]!]!,
      source: RISK_SOURCE_CODES[r.source[i]!]!,
      identifiedOn: fromDayNumber(r.idDay[i]!),
      ageDays: today - r.idDay[i]!,
      recommendations: (byRisk.get(i) ?? []).map((j) => recommendationOf(view, j, today)),
      position: positions[k]!,
    };
  });
  const last = page.length > 0 ? found[page[page.length - 1]!]! : -1;
  return {
    ...knowledge,
    total: found.length,
    items,
    endCursor: last < 0 ? null : encodeCursor(r.idDay[last]!, s.risks.idPos[last]!),
    hasNextPage,
  };
};

export interface DueQuery extends RegisterQuery {
  /** `OVERDUE`: due before today. `DUE`: due from today to today + withinDays. Neither implemented nor rejected. */
  readonly status: 'DUE' | 'OVERDUE';
  readonly withinDays?: number | null;
}

/** A region's recommendations still to implement, overdue or coming due, by due date. */
export const recommendationsOfRegion = (model: KpiReadModel, query: DueQuery): Page<RegisterRecommendation> =>
  recommendationsOf(model, regionIndex(query.region), query);

/** A central body's (or a region's) recommendations still to implement, overdue or coming due. */
export const recommendationsOfUnit = (model: KpiReadModel, query: DueQuery): Page<RegisterRecommendation> =>
  recommendationsOf(model, unitIndex(model, query.region), query);

const recommendationsOf = (
  model: KpiReadModel,
  unit: number,
  query: DueQuery,
): Page<RegisterRecommendation> => {
  const today = todayOf(query.today);
  const first = pageSize(query.first);
  const after = decodeCursor(query.after);
  const within = query.withinDays ?? 30;
  if (!Number.isInteger(within) || within < 0 || within > 3660) {
    throw new KpiQueryError(
      'LIMIT_OUT_OF_RANGE',
      'withinDays',
      'must be a whole number of days from 0 to 3660',
    );
  }
  const { view, knowledge } = cutAt(model, query.asOf);
  const c = view.recommendations;
  const r = view.risks;
  const found: number[] = [];
  for (let j = 0; j < c.n; j++) {
    if (!c.valid[j] || r.unit[c.risk[j]!] !== unit) continue;
    if (c.implDay[j]! <= today || c.rejDay[j]! <= today) continue;
    const due = c.due[j]!;
    if (query.status === 'OVERDUE' ? due < today : due >= today && due <= today + within) found.push(j);
  }
  const dues = found.map((j) => c.due[j]!);
  const positions = found.map((j) => model.state.recommendations.issuePos[j]!);
  const { page, hasNextPage } = paginate(dues, positions, after, first);
  const items = page.map((k) => recommendationOf(view, found[k]!, today));
  const lastK = page[page.length - 1];
  return {
    ...knowledge,
    total: found.length,
    items,
    endCursor: lastK === undefined ? null : encodeCursor(dues[lastK]!, positions[lastK]!),
    hasNextPage,
  };
};
