import { almatyDate, COUNTRY_UNIT, REGION_CODES } from '@kpi/schema';
import { chart, KPIS, type KpiName, KpiQueryError, type KpiReadModel, type Period } from '../kpi/index.ts';
import { reviewRange } from '../report/review-period.ts';

/** One unit's figures: the country (`KZ`) or a region, one value per published KPI. */
export interface PublicUnitFigures {
  readonly unit: string;
  /** In the order of `PublicFigures.kpis`; null where the set is empty (a rate of nothing). */
  readonly values: readonly (number | null)[];
}

/** The published figures: aggregates per unit, nothing below a region, as known at `asOf`. */
export interface PublicFigures {
  /** The period asked: a year (`2026`), third, quarter or month. */
  readonly period: string;
  /** Its days, the last capped at the day of `asOf`: nothing later than the figures' instant is counted. */
  readonly range: Period;
  readonly asOf: string;
  readonly kpis: readonly KpiName[];
  /** The country first, then every region in code order, including those with nothing recorded. */
  readonly units: readonly PublicUnitFigures[];
}

export interface PublicFiguresQuery {
  readonly period: string;
  /** The instant the figures are as known at (the caller subtracts the publication delay). */
  readonly asOf: Date;
  readonly kpis: readonly KpiName[];
}

/** What a unit with nothing recorded shows: counts and sums are zero, rates and medians have no value. */
const emptyValue = (kpi: KpiName): number | null =>
  KPIS[kpi].shape === 'count' || KPIS[kpi].shape === 'sum' ? 0 : null;

/**
 * The country's and every region's figures for a period as known at an instant. The period's end
 * is capped at that instant's day (Almaty time), so a publication delayed by N days never shows a
 * business day that lies inside the delay, even when it was recorded early.
 */
export const publicFigures = (model: KpiReadModel, query: PublicFiguresQuery): PublicFigures => {
  const asked = reviewRange(query.period);
  const lastDay = almatyDate(query.asOf);
  if (asked.from > lastDay) {
    throw new KpiQueryError(
      'INVALID_PERIOD',
      'period',
      `starts after ${lastDay}, the last day the published figures cover`,
    );
  }
  // ISO days compare as text.
  const range = { from: asked.from, to: asked.to.localeCompare(lastDay) <= 0 ? asked.to : lastDay };
  const asOf = query.asOf.toISOString();
  const spec = { measures: query.kpis, period: range, asOf, limit: REGION_CODES.length };
  const country = chart(model, spec).rows[0]?.values;
  const byRegion = new Map(
    chart(model, { ...spec, dimensions: [{ dimension: 'region' }] }).rows.map(
      (row) => [row.keys[0]!.key, row.values] as const,
    ),
  );
  const empty = query.kpis.map(emptyValue);
  return {
    period: query.period,
    range,
    asOf,
    kpis: query.kpis,
    units: [
      { unit: COUNTRY_UNIT, values: country ?? empty },
      ...REGION_CODES.map((unit) => ({ unit, values: byRegion.get(unit) ?? empty })),
    ],
  };
};
