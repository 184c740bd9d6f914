import { kztOf } from '../definition/rights-restored.ts';
import { NO_DISTRICT } from '../fold/districts.ts';
import { type AggregationContext, bodyOfUnit, cardinality, type Dimension } from './aggregation.ts';
import { windowOf } from './windows.ts';

/**
 * Rights restored (definition/rights-restored.ts): cases, people and money dated in the period.
 * Region their own; sphere and organization their own, or their risk's where they
 * leave them to it (see view.ts); cause, source and district only through the named risk (a case
 * that names none is at region level: "no district").
 */
export const aggregateRights = (ctx: AggregationContext): void => {
  const { view, filter, dims, windows, W, cells, c1, touched, values } = ctx;
  const arr = () => new Float64Array(cells);
  const t = view.state.rights;
  const v = view.rights;
  const r = view.risks;
  const cases = arr();
  const people = arr();
  const cents = arr();
  const needsRisk = filter.cause !== null || filter.source !== null || filter.district !== null;
  const notSpecified = (d: Dimension) => cardinality(view, d) - 1;
  const value = (d: Dimension, k: number, i: number): number =>
    d === 'region'
      ? t.region[k]!
      : d === 'centralBody'
        ? bodyOfUnit(t.unit[k]!)
        : d === 'district'
          ? i < 0
            ? NO_DISTRICT
            : r.district[i]!
          : d === 'organization'
            ? v.org[k]!
            : d === 'sphere'
              ? v.sphere[k]!
              : i < 0
                ? notSpecified(d)
                : d === 'causeCategory'
                  ? r.cause[i]!
                  : r.source[i]!;
  for (let k = 0; k < v.n; k++) {
    if (v.valid[k] === 0) continue;
    const i = v.risk[k]!;
    if (filter.unit !== null && filter.unit[t.unit[k]!] !== 1) continue;
    if (filter.org !== null && filter.org[v.org[k]!] !== 1) continue;
    if (filter.sphere !== null && filter.sphere[v.sphere[k]!] !== 1) continue;
    if (needsRisk) {
      if (i < 0) continue;
      if (filter.cause !== null && filter.cause[r.cause[i]!] !== 1) continue;
      if (filter.source !== null && filter.source[r.source[i]!] !== 1) continue;
      if (filter.district !== null && filter.district[r.district[i]!] !== 1) continue;
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
  for (let cell = 0; cell < cells; cell++) cents[cell] = kztOf(cents[cell]!);
  values.set('rightsRestoredCases', cases);
  values.set('rightsRestoredPeople', people);
  values.set('rightsRestoredMoneyKzt', cents);
};
