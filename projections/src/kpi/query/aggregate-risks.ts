import type { KpiName } from '../definition/measures.ts';
import {
  ageAt,
  daysToRemoval,
  firstEndOpenAged,
  isAgedWithin,
  isOpenAt,
  isOpenRiskKpi,
  isRemovedByNow,
  isRiskKpi,
  lastEndOpenAged,
  OPEN_RISK_AGES,
  RISK_KPI_DAY,
} from '../definition/risks.ts';
import { type AggregationContext, prefixSums, setRateIn } from './aggregation.ts';
import { recurrenceOf } from './pair-index.ts';
import { distinctPerCell, quantilesPerCell } from './stats.ts';
import type { KnowledgeView } from './view.ts';

/**
 * Stamp arrays for distinct counting, kept per state and reused by every summary on it, across
 * appends too (they are only grown): a slot holds the token of the last query that counted that
 * organization (or pair) in a window. Tokens only increase, so a slot stamped by an earlier
 * query, on any view, never matches the current one.
 */
const stampsByState = new WeakMap<
  KnowledgeView['state'],
  { token: number; orgs: Int32Array[]; pairs: Int32Array[] }
>();

const coverageStamps = (view: KnowledgeView) => {
  const orgCount = view.state.organizations.count;
  let s = stampsByState.get(view.state);
  if (!s || s.orgs[0]!.length < orgCount || s.pairs[0]!.length < view.pairCount) {
    const token = s ? s.token : 0;
    s = {
      token,
      orgs: Array.from({ length: 4 }, () => new Int32Array(orgCount + (orgCount >> 3))),
      pairs: Array.from({ length: 4 }, () => new Int32Array(view.pairCount + (view.pairCount >> 3))),
    };
    stampsByState.set(view.state, s);
  }
  s.token++;
  return s;
};

/** Whether any asked risk KPI counts a risk on that day (definition/risks.ts). */
const countsOn = (wanted: ReadonlySet<KpiName>, day: 'identified' | 'removed' | 'end'): boolean => {
  for (const kpi of wanted) if (isRiskKpi(kpi) && RISK_KPI_DAY[kpi] === day) return true;
  return false;
};

/**
 * Risk KPIs: one scan over the risks, every asked measure at once. A risk that passes the filter
 * is placed in the window of the day each KPI counts it on (its identification, its removal, or
 * each window's end); the rules of definition/risks.ts decide the rest. One scan rather than one
 * per KPI: the filter and the grouping are most of the cost and are paid once.
 */
export const aggregateRisks = (ctx: AggregationContext): void => {
  const { view, filter, windows, W, groups, cells, c1, riskCols, wanted, touched, values } = ctx;
  const arr = () => new Float64Array(cells);
  const setRate = (name: KpiName, num: Float64Array, den: Float64Array) => setRateIn(ctx, name, num, den);
  const r = view.risks;
  const identified = wanted.has('risksIdentified') ? arr() : null;
  const removed = wanted.has('causesRemoved') ? arr() : null;
  const cohort = wanted.has('removalRate') ? [arr(), arr()] : null;
  const recurrence = wanted.has('recurrenceRate') ? [arr(), arr()] : null;
  const recurred = recurrence ? recurrenceOf(view) : null;
  const wantsDays = wanted.has('medianDaysToRemoval') || wanted.has('p90DaysToRemoval');
  const dayCells: number[] = [];
  const dayValues: number[] = [];
  const wantsOrgs = wanted.has('coverageOrganizations');
  const wantsPairs = wanted.has('coverageProcesses');
  const orgCells: number[] = [];
  const orgIds: number[] = [];
  const pairIds: number[] = [];
  const openNames = [...wanted].filter(isOpenRiskKpi);
  const open = openNames.map(() => new Float64Array(W <= 4 ? 0 : groups * (W + 1)));
  const ages = openNames.map((m) => OPEN_RISK_AGES[m]);
  const needsIdWindow = countsOn(wanted, 'identified');
  const stamps = (wantsOrgs || wantsPairs) && groups === 1 && W <= 4 ? coverageStamps(view) : null;
  const token = stamps ? stamps.token : 0;
  const orgStamps = stamps ? stamps.orgs : [];
  const pairStamps = stamps ? stamps.pairs : [];
  const orgCounts = new Float64Array(stamps ? cells : 0);
  const pairCounts = new Float64Array(stamps ? cells : 0);
  const needsRemWindow = countsOn(wanted, 'removed');

  // Columns and masks in locals: the loop runs over every risk and must not look up properties.
  const { n, valid, unit, sphere, cause, source, org, pair, idDay, remDay } = r;
  const fUnit = filter.unit;
  const fSphere = filter.sphere;
  const fCause = filter.cause;
  const fSource = filter.source;
  const fOrg = filter.org;
  const fDistrict = filter.district;
  const district = r.district;
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
  // With few windows, counts per cell directly; otherwise difference arrays over the windows.
  const openAt = direct ? open.map(() => new Float64Array(cells)) : [];
  // With few cells (a summary), an open risk adds one to the slot of its age at each window's end,
  // ages past every finite bound sharing the last slot; the age bands are summed from the slots
  // after the scan, instead of testing every band for every open risk.
  const finite = [...lows, ...highs].filter((x) => Number.isFinite(x));
  const slotsPerCell = (finite.length === 0 ? 0 : Math.max(...finite)) + 2;
  const ageSlots =
    direct && opens > 0 && cells * slotsPerCell <= 65_536 ? new Int32Array(cells * slotsPerCell) : null;
  const lastSlot = slotsPerCell - 1;
  const ends = windows.ranges.map((x) => x.to);
  for (let i = 0; i < n; i++) {
    if (valid[i] === 0) continue;
    if (fUnit !== null && fUnit[unit[i]!] !== 1) continue;
    if (fSphere !== null && fSphere[sphere[i]!] !== 1) continue;
    if (fCause !== null && fCause[cause[i]!] !== 1) continue;
    if (fSource !== null && fSource[source[i]!] !== 1) continue;
    if (fOrg !== null && fOrg[org[i]!] !== 1) continue;
    if (fDistrict !== null && fDistrict[district[i]!] !== 1) continue;
    const g = col0 === undefined ? 0 : col1 === undefined ? col0[i]! : col0[i]! * c1 + col1[i]!;
    touched[g] = 1;
    const a = idDay[i]!;
    const rem = remDay[i]!;
    if (needsIdWindow && a >= min && a <= max) {
      const w = holding[a - min]!;
      if (w >= 0) {
        const cell = g * W + w;
        // risks identified; removal rate (the cohort, and those of it removed by now); coverage.
        if (identified) identified[cell]!++;
        if (cohort) {
          cohort[1]![cell]!++;
          if (isRemovedByNow(rem)) cohort[0]![cell]!++;
        }
        if (stamps) {
          // One group, few windows (a summary): distinct by stamping, nothing collected.
          const o = org[i]!;
          const p = pair[i]!;
          if (orgStamps[w]![o] !== token) {
            orgStamps[w]![o] = token;
            orgCounts[cell]!++;
          }
          if (pairStamps[w]![p] !== token) {
            pairStamps[w]![p] = token;
            pairCounts[cell]!++;
          }
        } else if (wantsOrgs || wantsPairs) {
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
        // causes removed; recurrence rate (of those, the ones whose scheme came back); days to removal.
        if (removed) removed[cell]!++;
        if (recurrence) {
          recurrence[1]![cell]!++;
          recurrence[0]![cell]! += recurred!(i);
        }
        if (wantsDays) {
          dayCells.push(cell);
          dayValues.push(daysToRemoval(a, rem));
        }
      }
    }
    // open risks and their ages, at each window's end; most risks were removed before the first
    // window ends, or found after the last.
    if (opens === 0 || a > max || rem <= firstEnd) continue;
    if (direct) {
      // Few windows (a summary): test each window's end directly.
      for (let w = 0; w < W; w++) {
        const end = ends[w]!;
        if (!isOpenAt(end, a, rem)) continue;
        const age = ageAt(end, a);
        const cell = g * W + w;
        if (ageSlots) ageSlots[cell * slotsPerCell + Math.min(age, lastSlot)]!++;
        else for (let m = 0; m < opens; m++) if (isAgedWithin(age, lows[m]!, highs[m]!)) openAt[m]![cell]!++;
      }
      continue;
    }
    for (let m = 0; m < opens; m++) {
      const lo = firstEndOpenAged(a, lows[m]!);
      const hi = lastEndOpenAged(a, rem, highs[m]!);
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
  if (wantsOrgs) {
    const orgs = stamps
      ? orgCounts
      : distinctPerCell(cells, orgCells, orgIds, view.state.organizations.count);
    values.set('coverageOrganizations', orgs);
  }
  if (wantsPairs) {
    values.set(
      'coverageProcesses',
      stamps ? pairCounts : distinctPerCell(cells, orgCells, pairIds, view.pairCount),
    );
  }
  if (ageSlots) {
    for (let m = 0; m < opens; m++) {
      const to = Math.min(highs[m]!, lastSlot);
      for (let cell = 0; cell < cells; cell++) {
        let sum = 0;
        for (let age = lows[m]!; age <= to; age++) sum += ageSlots[cell * slotsPerCell + age]!;
        openAt[m]![cell] = sum;
      }
    }
  }
  for (const [k, m] of openNames.entries())
    values.set(m, direct ? openAt[k]! : prefixSums(open[k]!, groups, W));
};
