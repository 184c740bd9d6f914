import { almatyDate, COUNTRY_UNIT, TARGET_KPIS, type TargetKpi } from '@kpi/schema';
import type { KpiReadModel } from '../kpi/index.ts';
import {
  type Chart,
  type ChartRow,
  type ChartSpec,
  chart,
  KpiQueryError,
  MAX_CHART_MEASURES,
} from '../kpi/index.ts';
import { targetsAsOf } from './as-of.ts';
import { gapToGoal, goalOver } from './goal.ts';
import type { TargetsState, TargetView } from './state.ts';

/** The dimensions whose rows are units a target is set for: a region, or a central body. */
const UNIT_DIMENSIONS: ReadonlySet<string> = new Set(['region', 'centralBody']);
/** `target_causesRemoved`: what the targets ask; `gapToTarget_causesRemoved`: the KPI against it. */
const TARGET_MEASURE = /^(target|gapToTarget)_(.+)$/;
type TargetMeasure = { readonly kind: 'target' | 'gapToTarget'; readonly kpi: TargetKpi };

export const targetMeasureOf = (measure: string): TargetMeasure | null => {
  const match = TARGET_MEASURE.exec(measure);
  if (!match) return null;
  return { kind: match[1] as TargetMeasure['kind'], kpi: match[2] as TargetKpi };
};

/** A chart whose measures may hold target measures beside the KPIs. */
export interface TargetChart extends Omit<Chart, 'measures'> {
  readonly measures: readonly string[];
}

const checkTargetSpec = (spec: ChartSpec, asked: readonly (TargetMeasure | null)[]): void => {
  asked.forEach((m, i) => {
    if (m && !TARGET_KPIS.includes(m.kpi)) {
      throw new KpiQueryError('UNKNOWN_MEASURE', `measures.${i}`, `no KPI "${m.kpi}" can have a target`);
    }
  });
  if (spec.measures.length > MAX_CHART_MEASURES) {
    throw new KpiQueryError('INVALID_COMBINATION', 'measures', `at most ${MAX_CHART_MEASURES} measures`);
  }
  (spec.dimensions ?? []).forEach((d, k) => {
    if (d.dimension !== 'time' && !UNIT_DIMENSIONS.has(d.dimension)) {
      throw new KpiQueryError(
        'INVALID_COMBINATION',
        `dimensions.${k}.dimension`,
        'targets are set by unit and period: chart a target by region, central body and time only',
      );
    }
  });
  const f = spec.filter;
  for (const key of ['spheres', 'causeCategories', 'sources', 'organizations'] as const) {
    if (f?.[key] && f[key].length > 0) {
      throw new KpiQueryError(
        'INVALID_COMBINATION',
        `filter.${key}`,
        'a target holds a whole region or the country: remove this filter to chart it',
      );
    }
  }
  const byUnit = (spec.dimensions ?? []).some((d) => UNIT_DIMENSIONS.has(d.dimension));
  for (const key of ['regions', 'units'] as const) {
    if (!byUnit && (f?.[key]?.length ?? 0) > 1) {
      throw new KpiQueryError(
        'INVALID_COMBINATION',
        `filter.${key}`,
        'a target is set for one unit or the country: choose one region or body, or chart by region or body',
      );
    }
  }
  if (spec.sort?.by && targetMeasureOf(spec.sort.by)) {
    throw new KpiQueryError('INVALID_COMBINATION', 'sort.by', 'sort by a KPI or by label');
  }
};

/**
 * The analysts' chart with the measures `target_<kpi>` and `gapToTarget_<kpi>` besides the KPIs:
 * per row, what the targets in force at `asOf` ask of the row's unit (its region, else the one
 * region filtered, else the country) over the row's days (see `goalOver`), and the KPI's gap to
 * what they ask by the day judged (today, or the day of `asOf`): a count is held to the days
 * elapsed, as a target's status is; a bucket not yet begun has no gap.
 */
export const chartAgainstTargets = (
  model: KpiReadModel,
  targets: TargetsState,
  spec: ChartSpec,
  now: Date,
): TargetChart => {
  const asked = spec.measures.map(targetMeasureOf);
  if (asked.every((m) => m === null)) return chart(model, spec);
  checkTargetSpec(spec, asked);
  const base = [...new Set(spec.measures.map((m, i) => asked[i]?.kpi ?? m))];
  const result = chart(model, { ...spec, measures: base });
  const asOfMs = spec.asOf ? new Date(spec.asOf).getTime() : null;
  const today = almatyDate(asOfMs === null ? now : new Date(asOfMs));
  const inForce = new Map<string, TargetView[]>();
  for (const t of targetsAsOf(targets, { asOfMs })) {
    const key = `${t.kpi}|${t.unit}`;
    inForce.set(key, [...(inForce.get(key) ?? []), t]);
  }
  // The one unit filtered: a region asked for, or the unit an officer's filter is bound to.
  const regions = spec.filter?.regions ?? [];
  const units = spec.filter?.units ?? [];
  const fixedUnit = regions.length === 1 ? regions[0]! : units.length === 1 ? units[0]! : COUNTRY_UNIT;
  const rows = result.rows.map((row): ChartRow => {
    // A row by central body holds the body's targets; its bucket of the regions' own work (key '') has none.
    const unit = row.keys.find((k) => UNIT_DIMENSIONS.has(k.dimension))?.key ?? fixedUnit;
    const days = row.keys.find((k) => k.dimension === 'time')?.period ?? result.period;
    const values = spec.measures.map((m, i) => {
      const target = asked[i];
      const actual = row.values[base.indexOf(target?.kpi ?? m)] ?? null;
      if (!target) return actual;
      const mine = inForce.get(`${target.kpi}|${unit}`) ?? [];
      if (target.kind === 'target') return goalOver(mine, target.kpi, days.from, days.to)?.value ?? null;
      if (today < days.from) return null;
      // A count is held to the days elapsed, as a running target's status is.
      const judged = goalOver(mine, target.kpi, days.from, [today, days.to].sort()[0]!);
      return gapToGoal(actual, judged);
    });
    return { keys: row.keys, values };
  });
  return { ...result, measures: spec.measures, rows };
};
