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

    // Columns and masks in locals: the loop runs over every risk and must not look up properties.
    const { n, valid, region, sphere, cause, source, org, pair, idDay, remDay } = r;
    const fRegion = filter.region;
    const fSphere = filter.sphere;
    const fCause = filter.cause;
    const fSource = filter.source;
    const fOrg = filter.org;
    const col0 = riskCols[0];
    const col1 = riskCols[1];
    const { min, max, holding } = windows;
    const firstEnd = windows.ranges[0]!.to;
    const endingFrom = windows.firstEndingFrom;
    const endingBy = windows.lastEndingBy;
    const lows = ages.map((x) => x[0]);
    const highs = ages.map((x) => x[1]);
    const opens = open.length;
    const direct = W <= 4;
    const ends = windows.ranges.map((x) => x.to);
    for (let i = 0; i < n; i++) {
      if (valid[i] === 0) continue;
      if (fRegion !== null && fRegion[region[i]!] !== 1) continue;
      if (fSphere !== null && fSphere[sphere[i]!] !== 1) continue;
      if (fCause !== null && fCause[cause[i]!] !== 1) continue;
      if (fSource !== null && fSource[source[i]!] !== 1) continue;
      if (fOrg !== null && fOrg[org[i]!] !== 1) continue;
      const g = col0 === undefined ? 0 : col1 === undefined ? col0[i]! : col0[i]! * c1 + col1[i]!;
      touched[g] = 1;
      const a = idDay[i]!;
      const rem = remDay[i]!;
      if (needsIdWindow && a >= min && a <= max) {
        const w = holding[a - min]!;
        if (w >= 0) {
          const cell = g * W + w;
          if (identified) identified[cell]!++;
          if (cohort) {
            cohort[1]![cell]!++;
            if (rem !== NO_DAY) cohort[0]![cell]!++;
          }
          if (wantsOrgs || wantsPairs) {
            orgCells.push(cell);
            orgIds.push(org[i]!);
            pairIds.push(pair[i]!);
          }
        }
      }
      if (needsRemWindow && rem >= min && rem <= max) {
        const w = holding[rem - min]!;
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
      // Open at the end of a window ending on day E when identified on or before E and removed
      // after E; most risks were removed before the first window ends, or found after the last.
      if (opens === 0 || a > max || rem <= firstEnd) continue;
      if (direct) {
        // Few windows (a summary): test each window's end directly.
        for (let w = 0; w < W; w++) {
          const end = ends[w]!;
          if (a > end || rem <= end) continue;
          const age = end - a;
          const base = g * (W + 1) + w;
          for (let m = 0; m < opens; m++) {
            if (age >= lows[m]! && age <= highs[m]!) {
              open[m]![base]!++;
              open[m]![base + 1]!--;
            }
          }
        }
        continue;
      }
      for (let m = 0; m < opens; m++) {
        const lo = a + lows[m]!;
        const hi = Math.min(a + highs[m]!, rem - 1);
        if (lo > hi) continue;
        // firstEndingFrom / lastEndingBy of windows.ts, inlined: this runs for every open risk.
        const first = lo <= min ? 0 : lo > max ? W : endingFrom[lo - min]!;
        const last = hi >= max ? W - 1 : hi < min ? -1 : endingBy[hi - min]!;
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
    const { n, valid, risk, issueDay, implDay, rejDay } = c;
    const dueCol = c.due;
    const r = view.risks;
    const { region, sphere, cause, source, org } = r;
    const fRegion = filter.region;
    const fSphere = filter.sphere;
    const fCause = filter.cause;
    const fSource = filter.source;
    const fOrg = filter.org;
    const col0 = riskCols[0];
    const col1 = riskCols[1];
    const { min, max, holding } = windows;
    const firstEnd = windows.ranges[0]!.to;
    for (let j = 0; j < n; j++) {
      if (valid[j] === 0) continue;
      const i = risk[j]!;
      if (fRegion !== null && fRegion[region[i]!] !== 1) continue;
      if (fSphere !== null && fSphere[sphere[i]!] !== 1) continue;
      if (fCause !== null && fCause[cause[i]!] !== 1) continue;
      if (fSource !== null && fSource[source[i]!] !== 1) continue;
      if (fOrg !== null && fOrg[org[i]!] !== 1) continue;
      const g = col0 === undefined ? 0 : col1 === undefined ? col0[i]! : col0[i]! * c1 + col1[i]!;
      touched[g] = 1;
      const issuedOn = issueDay[j]!;
      if (issued && issuedOn >= min && issuedOn <= max) {
        const w = holding[issuedOn - min]!;
        if (w >= 0) issued[g * W + w]!++;
      }
      const impl = implDay[j]!;
      if (implemented && impl >= min && impl <= max) {
        const w = holding[impl - min]!;
        if (w >= 0) implemented[g * W + w]!++;
      }
      const dueDay = dueCol[j]!;
      const settled = Math.min(impl, rejDay[j]!);
      if (overdue && dueDay < max && settled > firstEnd) {
        // Overdue at a window's end E: due before E, and neither implemented nor rejected on or before E.
        const first = firstEndingFrom(windows, dueDay + 1);
        const last = lastEndingBy(windows, settled - 1);
        if (first <= last) {
          overdue[g * (W + 1) + first]!++;
          overdue[g * (W + 1) + last + 1]!--;
        }
      }
      if (due && dueDay >= min && dueDay <= max) {
        const w = holding[dueDay - min]!;
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
