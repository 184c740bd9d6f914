import { CAUSE_CATEGORY_CODES, REGION_CODES, RISK_SOURCE_CODES, SPHERE_CODES } from '@kpi/schema';
import { NO_DAY } from './columns.ts';
import { KpiQueryError } from './errors.ts';
import type { ResolvedFilter } from './filter.ts';
import { AGE_BUCKETS, KPIS, type KpiName } from './measures.ts';
import { recurredColumn } from './recurrence.ts';
import { distinctPerCell, quantilesPerCell } from './stats.ts';
import type { KnowledgeView } from './view.ts';
import { firstEndingFrom, lastEndingBy, type WindowIndex, windowOf } from './windows.ts';

export const DIMENSIONS = ['region', 'sphere', 'organization', 'causeCategory', 'source'] as const;
export type Dimension = (typeof DIMENSIONS)[number];

/** Cells (groups x windows) one aggregation may hold; past it a query must filter or coarsen. */
export const MAX_CELLS = 4_000_000;

/**
 * A dimension's cardinality. Sphere, cause category and source have one more value, "not
 * specified", for rights restored that name no risk.
 */
export const cardinality = (view: KnowledgeView, d: Dimension): number =>
  d === 'region'
    ? REGION_CODES.length
    : d === 'sphere'
      ? SPHERE_CODES.length + 1
      : d === 'causeCategory'
        ? CAUSE_CATEGORY_CODES.length + 1
        : d === 'source'
          ? RISK_SOURCE_CODES.length + 1
          : view.state.organizations.count;

export interface AggregateSpec {
  readonly view: KnowledgeView;
  readonly filter: ResolvedFilter;
  readonly dims: readonly Dimension[];
  readonly windows: WindowIndex;
  readonly measures: readonly KpiName[];
}

/** Values per cell (group * windows + window); NaN where a value is null. */
export interface Aggregate {
  readonly groups: number;
  readonly windows: number;
  readonly cardinalities: readonly number[];
  /** 1 for groups that hold at least one counted thing. */
  readonly touched: Uint8Array;
  readonly values: ReadonlyMap<KpiName, Float64Array>;
  readonly numerators: ReadonlyMap<KpiName, Float64Array>;
  readonly denominators: ReadonlyMap<KpiName, Float64Array>;
}

const riskColumn = (view: KnowledgeView, d: Dimension): Uint8Array | Int32Array => {
  const r = view.risks;
  return d === 'region'
    ? r.region
    : d === 'sphere'
      ? r.sphere
      : d === 'causeCategory'
        ? r.cause
        : d === 'source'
          ? r.source
          : r.org;
};

const passesRisk = (f: ResolvedFilter, view: KnowledgeView, i: number): boolean => {
  const r = view.risks;
  return (
    (f.region === null || f.region[r.region[i]!] === 1) &&
    (f.sphere === null || f.sphere[r.sphere[i]!] === 1) &&
    (f.cause === null || f.cause[r.cause[i]!] === 1) &&
    (f.source === null || f.source[r.source[i]!] === 1) &&
    (f.org === null || f.org[r.org[i]!] === 1)
  );
};

export const aggregate = (spec: AggregateSpec): Aggregate => {
  const { view, filter, dims, windows, measures } = spec;
  const cards = dims.map((d) => cardinality(view, d));
  const groups = cards.reduce((a, b) => a * b, 1);
  const W = windows.count;
  const cells = groups * W;
  if (cells > MAX_CELLS) {
    throw new KpiQueryError(
      'TOO_MANY_GROUPS',
      'dimensions',
      `the query would hold ${cells} values; at most ${MAX_CELLS}: filter further or choose a coarser granularity`,
    );
  }
  const wanted = new Set(measures);
  const arr = () => new Float64Array(cells);
  const values = new Map<KpiName, Float64Array>();
  const numerators = new Map<KpiName, Float64Array>();
  const denominators = new Map<KpiName, Float64Array>();
  const touched = new Uint8Array(groups);
  const c1 = cards[1] ?? 1;

  const riskCols = dims.map((d) => riskColumn(view, d));
  const riskGroup = (i: number): number =>
    riskCols.length === 0
      ? 0
      : riskCols.length === 1
        ? riskCols[0]![i]!
        : riskCols[0]![i]! * c1 + riskCols[1]![i]!;

  const wantsRisks = measures.some((m) => KPIS[m].subject === 'risk');
  if (wantsRisks) aggregateRisks();
  if (measures.some((m) => KPIS[m].subject === 'recommendation')) aggregateRecommendations();
  if (measures.some((m) => KPIS[m].subject === 'right')) aggregateRights();
  return { groups, windows: W, cardinalities: cards, touched, values, numerators, denominators };

  function aggregateRisks(): void {
    const r = view.risks;
    const identified = wanted.has('risksIdentified') ? arr() : null;
    const removed = wanted.has('causesRemoved') ? arr() : null;
    const cohort = wanted.has('removalRate') ? [arr(), arr()] : null;
    const recurrence = wanted.has('recurrenceRate') ? [arr(), arr()] : null;
    const recurred = recurrence ? recurredColumn(view) : null;
    const wantsDays = wanted.has('medianDaysToRemoval') || wanted.has('p90DaysToRemoval');
    const dayCells: number[] = [];
    const dayValues: number[] = [];
    const wantsOrgs = wanted.has('coverageOrganizations');
    const wantsPairs = wanted.has('coverageProcesses');
    const orgCells: number[] = [];
    const orgIds: number[] = [];
    const pairIds: number[] = [];
    const openNames = (['openRisks', ...Object.keys(AGE_BUCKETS)] as KpiName[]).filter((m) => wanted.has(m));
    const open = openNames.map(() => new Float64Array(groups * (W + 1)));
    const ages = openNames.map((m) =>
      m === 'openRisks' ? ([0, Number.POSITIVE_INFINITY] as const) : AGE_BUCKETS[m]!,
    );
    const needsIdWindow = identified || cohort || wantsOrgs || wantsPairs;
    const needsRemWindow = removed || recurrence || wantsDays;

    for (let i = 0; i < r.n; i++) {
      if (r.valid[i] === 0 || !passesRisk(filter, view, i)) continue;
      const g = riskGroup(i);
      touched[g] = 1;
      const a = r.idDay[i]!;
      const rem = r.remDay[i]!;
      if (needsIdWindow) {
        const w = windowOf(windows, a);
        if (w >= 0) {
          const cell = g * W + w;
          if (identified) identified[cell]!++;
          if (cohort) {
            cohort[1]![cell]!++;
            if (rem !== NO_DAY) cohort[0]![cell]!++;
          }
          if (wantsOrgs || wantsPairs) {
            orgCells.push(cell);
            orgIds.push(r.org[i]!);
            pairIds.push(r.pair[i]!);
          }
        }
      }
      if (needsRemWindow && rem !== NO_DAY) {
        const w = windowOf(windows, rem);
        if (w >= 0) {
          const cell = g * W + w;
          if (removed) removed[cell]!++;
          if (recurrence) {
            recurrence[1]![cell]!++;
            recurrence[0]![cell]! += recurred![i]!;
          }
          if (wantsDays) {
            dayCells.push(cell);
            dayValues.push(rem - a);
          }
        }
      }
      // Open at the end of a window ending on day E when identified on or before E and removed after E.
      for (let m = 0; m < open.length; m++) {
        const [low, high] = ages[m]!;
        const lo = a + low;
        const hi = Math.min(a + high, rem - 1);
        if (lo > hi) continue;
        const first = firstEndingFrom(windows, lo);
        const last = lastEndingBy(windows, hi);
        if (first > last) continue;
        const base = g * (W + 1);
        open[m]![base + first]!++;
        open[m]![base + last + 1]!--;
      }
    }
    if (identified) values.set('risksIdentified', identified);
    if (removed) values.set('causesRemoved', removed);
    if (cohort) setRate('removalRate', cohort[0]!, cohort[1]!);
    if (recurrence) setRate('recurrenceRate', recurrence[0]!, recurrence[1]!);
    if (wantsDays) {
      const [median, p90] = quantilesPerCell(cells, dayCells, dayValues);
      if (wanted.has('medianDaysToRemoval')) values.set('medianDaysToRemoval', median);
      if (wanted.has('p90DaysToRemoval')) values.set('p90DaysToRemoval', p90);
    }
    if (wantsOrgs)
      values.set(
        'coverageOrganizations',
        distinctPerCell(cells, orgCells, orgIds, view.state.organizations.count),
      );
    if (wantsPairs)
      values.set('coverageProcesses', distinctPerCell(cells, orgCells, pairIds, view.pairCount));
    for (const [k, m] of openNames.entries()) values.set(m, prefixSums(open[k]!, groups, W));
  }

  function aggregateRecommendations(): void {
    const c = view.recommendations;
    const issued = wanted.has('recommendationsIssued') ? arr() : null;
    const implemented = wanted.has('recommendationsImplemented') ? arr() : null;
    const overdue = wanted.has('recommendationsOverdue') ? new Float64Array(groups * (W + 1)) : null;
    const dueRates = wanted.has('implementationRate') || wanted.has('onTimeRate');
    const due = dueRates ? [arr(), arr(), arr()] : null;
    for (let j = 0; j < c.n; j++) {
      if (c.valid[j] === 0) continue;
      const i = c.risk[j]!;
      if (!passesRisk(filter, view, i)) continue;
      const g = riskGroup(i);
      touched[g] = 1;
      if (issued) {
        const w = windowOf(windows, c.issueDay[j]!);
        if (w >= 0) issued[g * W + w]!++;
      }
      const impl = c.implDay[j]!;
      if (implemented && impl !== NO_DAY) {
        const w = windowOf(windows, impl);
        if (w >= 0) implemented[g * W + w]!++;
      }
      const dueDay = c.due[j]!;
      if (overdue) {
        // Overdue at a window's end E: due before E, and neither implemented nor rejected on or before E.
        const first = firstEndingFrom(windows, dueDay + 1);
        const last = lastEndingBy(windows, Math.min(impl, c.rejDay[j]!) - 1);
        if (first <= last) {
          overdue[g * (W + 1) + first]!++;
          overdue[g * (W + 1) + last + 1]!--;
        }
      }
      if (due) {
        const w = windowOf(windows, dueDay);
        if (w >= 0) {
          const cell = g * W + w;
          due[2]![cell]!++;
          if (impl !== NO_DAY) due[0]![cell]!++;
          if (impl <= dueDay) due[1]![cell]!++;
        }
      }
    }
    if (issued) values.set('recommendationsIssued', issued);
    if (implemented) values.set('recommendationsImplemented', implemented);
    if (overdue) values.set('recommendationsOverdue', prefixSums(overdue, groups, W));
    if (due && wanted.has('implementationRate')) setRate('implementationRate', due[0]!, due[2]!);
    if (due && wanted.has('onTimeRate')) setRate('onTimeRate', due[1]!, due[2]!);
  }

  function aggregateRights(): void {
    const t = view.state.rights;
    const v = view.rights;
    const r = view.risks;
    const cases = arr();
    const people = arr();
    const cents = arr();
    const needsRisk = filter.sphere !== null || filter.cause !== null || filter.source !== null;
    const notSpecified = (d: Dimension) => cardinality(view, d) - 1;
    const value = (d: Dimension, k: number, i: number): number =>
      d === 'region'
        ? t.region[k]!
        : d === 'organization'
          ? t.org[k]!
          : i < 0
            ? notSpecified(d)
            : d === 'sphere'
              ? r.sphere[i]!
              : d === 'causeCategory'
                ? r.cause[i]!
                : r.source[i]!;
    for (let k = 0; k < v.n; k++) {
      if (v.valid[k] === 0) continue;
      const i = v.risk[k]!;
      // Region and organization are the case's own; sphere, cause and source only through a named risk.
      if (filter.region !== null && filter.region[t.region[k]!] !== 1) continue;
      if (filter.org !== null && filter.org[t.org[k]!] !== 1) continue;
      if (needsRisk) {
        if (i < 0) continue;
        if (filter.sphere !== null && filter.sphere[r.sphere[i]!] !== 1) continue;
        if (filter.cause !== null && filter.cause[r.cause[i]!] !== 1) continue;
        if (filter.source !== null && filter.source[r.source[i]!] !== 1) continue;
      }
      const g =
        dims.length === 0
          ? 0
          : dims.length === 1
            ? value(dims[0]!, k, i)
            : value(dims[0]!, k, i) * c1 + value(dims[1]!, k, i);
      touched[g] = 1;
      const w = windowOf(windows, t.day[k]!);
      if (w < 0) continue;
      const cell = g * W + w;
      cases[cell]!++;
      people[cell]! += t.people[k]!;
      cents[cell]! += t.cents[k]!;
    }
    for (let cell = 0; cell < cells; cell++) cents[cell] = cents[cell]! / 100;
    values.set('rightsRestoredCases', cases);
    values.set('rightsRestoredPeople', people);
    values.set('rightsRestoredMoneyKzt', cents);
  }

  function setRate(name: KpiName, num: Float64Array, den: Float64Array): void {
    const rate = new Float64Array(cells);
    for (let cell = 0; cell < cells; cell++)
      rate[cell] = den[cell] === 0 ? Number.NaN : num[cell]! / den[cell]!;
    values.set(name, rate);
    numerators.set(name, num);
    denominators.set(name, den);
  }
};

/** Turns per-group difference arrays (W + 1 wide) into values per cell. */
const prefixSums = (diff: Float64Array, groups: number, W: number): Float64Array => {
  const out = new Float64Array(groups * W);
  for (let g = 0; g < groups; g++) {
    let run = 0;
    for (let w = 0; w < W; w++) {
      run += diff[g * (W + 1) + w]!;
      out[g * W + w] = run;
    }
  }
  return out;
};
