import { fromDayNumber } from '@kpi/schema';
import { isKpiName, KPI_NAMES, type KpiName } from '../definition/measures.ts';
import { type Aggregate, aggregate } from './aggregate.ts';
import { cutAt, type Knowledge, type KpiReadModel, type Period, toDayRange } from './cut.ts';
import { KpiQueryError } from './errors.ts';
import { type KpiFilter, resolveFilter } from './filter.ts';
import { comparisons, type DayRange } from './periods.ts';
import { indexWindows } from './windows.ts';

/** A KPI's value; for rates, the counts it is made of. Null where the set is empty. */
export interface KpiValue {
  readonly value: number | null;
  readonly numerator: number | null;
  readonly denominator: number | null;
}

export interface KpiSummaryEntry {
  readonly kpi: KpiName;
  readonly current: KpiValue;
  readonly previous: KpiValue;
  readonly yearEarlier: KpiValue;
}

export interface KpiSummary extends Knowledge {
  readonly period: Period;
  readonly previousPeriod: Period;
  readonly yearEarlierPeriod: Period;
  readonly kpis: readonly KpiSummaryEntry[];
}

export interface KpiSummaryQuery {
  readonly period: Period;
  readonly filter?: KpiFilter | null;
  readonly asOf?: Date | string | null;
  /** The KPIs wanted; all of them when absent. */
  readonly kpis?: readonly string[] | null;
}

export const toPeriod = (range: DayRange): Period => ({
  from: fromDayNumber(range.from),
  to: fromDayNumber(range.to),
});

export const valueAt = (agg: Aggregate, kpi: KpiName, cell: number): KpiValue => {
  const v = agg.values.get(kpi)![cell]!;
  const num = agg.numerators.get(kpi);
  const den = agg.denominators.get(kpi);
  return {
    value: Number.isNaN(v) ? null : v,
    numerator: num ? num[cell]! : null,
    denominator: den ? den[cell]! : null,
  };
};

export const checkKpis = (asked: readonly string[] | null | undefined, field: string): KpiName[] => {
  if (!asked || asked.length === 0) return [...KPI_NAMES];
  for (const name of asked) {
    if (!isKpiName(name)) {
      throw new KpiQueryError(
        'UNKNOWN_MEASURE',
        field,
        `unknown KPI "${name}"; known: ${KPI_NAMES.join(', ')}`,
      );
    }
  }
  return [...new Set(asked as KpiName[])];
};

/** Every KPI (or those asked) over the period, beside the previous period and the same period a year earlier. */
export const kpiSummary = (model: KpiReadModel, query: KpiSummaryQuery): KpiSummary => {
  const kpis = checkKpis(query.kpis, 'kpis');
  const range = toDayRange(query.period);
  const { previous, yearEarlier } = comparisons(range);
  const { view, knowledge } = cutAt(model, query.asOf);
  const filter = resolveFilter(model.state, query.filter);
  const run = (windows: DayRange[]) =>
    aggregate({ view, filter, dims: [], windows: indexWindows(windows), measures: kpis });
  // One scan serves all three periods unless a period longer than a year overlaps its year-earlier one.
  let at: (kpi: KpiName, which: 0 | 1 | 2) => KpiValue;
  if (yearEarlier.to < previous.from) {
    const agg = run([yearEarlier, previous, range]);
    at = (kpi, which) => valueAt(agg, kpi, [2, 1, 0][which]!);
  } else {
    const both = run([previous, range]);
    const ye = run([yearEarlier]);
    at = (kpi, which) => (which === 2 ? valueAt(ye, kpi, 0) : valueAt(both, kpi, which === 0 ? 1 : 0));
  }
  return {
    ...knowledge,
    period: toPeriod(range),
    previousPeriod: toPeriod(previous),
    yearEarlierPeriod: toPeriod(yearEarlier),
    kpis: kpis.map((kpi) => ({ kpi, current: at(kpi, 0), previous: at(kpi, 1), yearEarlier: at(kpi, 2) })),
  };
};
