import type { KpiName } from '../definition/measures.ts';
import {
  firstEndOverdue,
  isImplementedByNow,
  isImplementedOnTime,
  lastEndOverdue,
} from '../definition/recommendations.ts';
import { type AggregationContext, prefixSums, setRateIn } from './aggregation.ts';
import { firstEndingFrom, lastEndingBy } from './windows.ts';

/**
 * Recommendation KPIs, filtered and grouped by their risk's classification: one scan over the
 * recommendations, each placed in the window of the day each KPI counts it on (issued,
 * implemented, due, or each window's end); the rules of definition/recommendations.ts decide the rest.
 */
export const aggregateRecommendations = (ctx: AggregationContext): void => {
  const { view, filter, windows, W, groups, cells, c1, riskCols, wanted, touched, values } = ctx;
  const arr = () => new Float64Array(cells);
  const setRate = (name: KpiName, num: Float64Array, den: Float64Array) => setRateIn(ctx, name, num, den);
  const c = view.recommendations;
  const issued = wanted.has('recommendationsIssued') ? arr() : null;
  const implemented = wanted.has('recommendationsImplemented') ? arr() : null;
  const overdue = wanted.has('recommendationsOverdue') ? new Float64Array(groups * (W + 1)) : null;
  const dueRates = wanted.has('implementationRate') || wanted.has('onTimeRate');
  const due = dueRates ? [arr(), arr(), arr()] : null;
  const { n, valid, risk, issueDay, implDay, rejDay } = c;
  const dueCol = c.due;
  const r = view.risks;
  const { unit, sphere, cause, source, org } = r;
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
  for (let j = 0; j < n; j++) {
    if (valid[j] === 0) continue;
    const i = risk[j]!;
    if (fUnit !== null && fUnit[unit[i]!] !== 1) continue;
    if (fSphere !== null && fSphere[sphere[i]!] !== 1) continue;
    if (fCause !== null && fCause[cause[i]!] !== 1) continue;
    if (fSource !== null && fSource[source[i]!] !== 1) continue;
    if (fOrg !== null && fOrg[org[i]!] !== 1) continue;
    if (fDistrict !== null && fDistrict[district[i]!] !== 1) continue;
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
    const rej = rejDay[j]!;
    if (overdue && dueDay < max && Math.min(impl, rej) > firstEnd) {
      // recommendations overdue: at the ends of the windows from the day after it fell due to the day before it was settled.
      const first = firstEndingFrom(windows, firstEndOverdue(dueDay));
      const last = lastEndingBy(windows, lastEndOverdue(impl, rej));
      if (first <= last) {
        overdue[g * (W + 1) + first]!++;
        overdue[g * (W + 1) + last + 1]!--;
      }
    }
    if (due && dueDay >= min && dueDay <= max) {
      const w = holding[dueDay - min]!;
      if (w >= 0) {
        const cell = g * W + w;
        // implementation rate and on-time rate: of those due in the window.
        due[2]![cell]!++;
        if (isImplementedByNow(impl)) due[0]![cell]!++;
        if (isImplementedOnTime(impl, dueDay)) due[1]![cell]!++;
      }
    }
  }
  if (issued) values.set('recommendationsIssued', issued);
  if (implemented) values.set('recommendationsImplemented', implemented);
  if (overdue) values.set('recommendationsOverdue', prefixSums(overdue, groups, W));
  if (due && wanted.has('implementationRate')) setRate('implementationRate', due[0]!, due[2]!);
  if (due && wanted.has('onTimeRate')) setRate('onTimeRate', due[1]!, due[2]!);
};
