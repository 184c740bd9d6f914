import { isRegionCode, REGIONS } from '@kpi/schema';
import {
  type ChartRow,
  type ChartSpec,
  centralBodyValue,
  type DimensionValue,
  KpiQueryError,
  NO_DISTRICT_LABEL,
} from '../kpi/index.ts';
import type { TargetChart } from '../targets/chart-targets.ts';
import { isLater, standsAt } from './perception.ts';
import { districtAt, RECEPTION_SOURCE, sourceAt } from './receptions.ts';
import type { OutcomesState, SurveyRecord } from './state.ts';

/**
 * What the outcomes read model adds to the chart builder: receptions held, citizens received,
 * risks identified from receptions (and per reception), and the citizens' perception index and
 * share who faced corruption.
 */
export const OUTCOME_MEASURES = [
  'receptionsHeld',
  'citizensReceived',
  'risksFromReceptions',
  'risksPerReception',
  'perceptionIndex',
  'facedCorruptionShare',
] as const;
export type OutcomeMeasure = (typeof OUTCOME_MEASURES)[number];

export const isOutcomeMeasure = (m: string): m is OutcomeMeasure =>
  (OUTCOME_MEASURES as readonly string[]).includes(m);

/**
 * Receptions and surveys are held by a unit (a region, or a central body for receptions), in a
 * district, on a day: nothing else describes them.
 */
const OUTCOME_DIMENSIONS: readonly string[] = ['region', 'centralBody', 'district', 'time'];
const FOREIGN_FILTERS = ['spheres', 'causeCategories', 'sources', 'organizations'] as const;
/** Perception is charted for the population group the overview shows: citizens. */
const CHARTED_GROUP = 'CITIZENS';
/** The KPI the rows are laid out by when only outcome measures are asked (not shown). */
const LAYOUT_KPI = 'risksIdentified';
const ROW_LIMIT = 1000;

const checkOutcomeSpec = (spec: ChartSpec): void => {
  (spec.dimensions ?? []).forEach((d, k) => {
    if (!OUTCOME_DIMENSIONS.includes(d.dimension)) {
      throw new KpiQueryError(
        'INVALID_COMBINATION',
        `dimensions.${k}.dimension`,
        'receptions and surveys are charted by region, central body, district and time only',
      );
    }
  });
  for (const key of FOREIGN_FILTERS) {
    if ((spec.filter?.[key]?.length ?? 0) > 0) {
      throw new KpiQueryError(
        'INVALID_COMBINATION',
        `filter.${key}`,
        'receptions and surveys have no sphere, cause, source or organization: remove this filter to chart them',
      );
    }
  }
};

/** The slice of the outcomes one chart row stands for. */
interface RowScope {
  readonly region: string | null;
  /** Only with a central body dimension: a body's code, or "" for the regions' own work. */
  readonly body: string | null;
  /** Only with a district dimension: a KATO code, or "" for region level. */
  readonly district: string | null;
  readonly from: string;
  readonly to: string;
}

interface Scope {
  /** The units the filter allows (regions' and bodies' codes); null: every unit. */
  readonly units: ReadonlySet<string> | null;
  readonly districts: ReadonlySet<string> | null;
  readonly byDistrict: boolean;
  readonly asOf: number;
}

/**
 * Whether a record of this unit counts in the row: a region's row counts the region's own work
 * (never a body's reception held there), a body's row the body's, the "" body row the regions'.
 */
const inUnit = (scope: Scope, row: RowScope, unit: string) =>
  (row.region !== null
    ? unit === row.region
    : row.body !== null
      ? row.body === ''
        ? isRegionCode(unit)
        : unit === row.body
      : true) &&
  (scope.units === null || scope.units.has(unit));

/** Counts take every district of the region unless the row or the filter names districts. */
const inDistrict = (scope: Scope, row: RowScope, district: string | null) =>
  scope.byDistrict
    ? (district ?? '') === row.district
    : scope.districts === null || (district !== null && scope.districts.has(district));

/** Perception is read at one level: a district's own surveys, or region-wide ones. */
const atSurveyLevel = (scope: Scope, row: RowScope, s: SurveyRecord) =>
  scope.byDistrict
    ? (s.district ?? '') === row.district
    : scope.districts === null
      ? s.district === null
      : s.district !== null && scope.districts.has(s.district);

/** The risks identified from citizen receptions as known at asOf: their unit, district and day. */
const risksFromReceptions = (state: OutcomesState, asOf: number) => {
  const found: { unit: string; district: string | null; day: string }[] = [];
  for (const risk of state.risks.values()) {
    if (risk.withdrawnMs !== null && risk.withdrawnMs <= asOf) continue;
    if (sourceAt(risk, asOf) !== RECEPTION_SOURCE) continue;
    found.push({ unit: risk.unit, district: districtAt(risk, asOf), day: risk.identifiedOn });
  }
  return found;
};

const valuesOf = (
  state: OutcomesState,
  scope: Scope,
  fromReceptions: ReturnType<typeof risksFromReceptions>,
  row: RowScope,
): Record<OutcomeMeasure, number | null> => {
  const inDays = (day: string) => day >= row.from && day <= row.to;
  let held = 0;
  let citizens = 0;
  for (const r of state.receptions) {
    if (r.recordedMs > scope.asOf || !inDays(r.heldOn)) continue;
    if (!inUnit(scope, row, r.unit) || !inDistrict(scope, row, r.district)) continue;
    held += 1;
    citizens += r.citizensReceived;
  }
  let risks = 0;
  for (const f of fromReceptions) {
    if (inDays(f.day) && inUnit(scope, row, f.unit) && inDistrict(scope, row, f.district)) risks += 1;
  }
  // The latest survey of each unit and district in the row's days, weighed by its respondents.
  const latest = new Map<string, SurveyRecord>();
  for (const s of state.surveys.values()) {
    if (s.group !== CHARTED_GROUP || !standsAt(s, scope.asOf) || !inDays(s.conductedOn)) continue;
    if (!inUnit(scope, row, s.unit) || !atSurveyLevel(scope, row, s)) continue;
    const key = `${s.unit}|${s.district ?? ''}`;
    const current = latest.get(key);
    if (current === undefined || isLater(s, current)) latest.set(key, s);
  }
  let n = 0;
  let index = 0;
  let share = 0;
  for (const s of latest.values()) {
    n += s.respondents;
    index += s.perceptionIndex * s.respondents;
    share += s.facedCorruptionShare * s.respondents;
  }
  return {
    receptionsHeld: held,
    citizensReceived: citizens,
    risksFromReceptions: risks,
    risksPerReception: held === 0 ? null : risks / held,
    perceptionIndex: n === 0 ? null : index / n,
    facedCorruptionShare: n === 0 ? null : share / n,
  };
};

/**
 * Districts the outcomes know (with a name where one was given) that a chart by district may lack,
 * keyed as `placeOf` keys a row: by region too when the chart is by region.
 */
const outcomeDistricts = (
  state: OutcomesState,
  scope: Scope,
  byRegion: boolean,
  from: string,
  to: string,
) => {
  const known = new Map<string, { code: string; region: string; name: string | null }>();
  // Region-level records (no district) are the "" row, as the KPI chart names it. By region, only
  // the regions' own records: a body's reception held in a region is not the region's.
  const note = (unit: string, region: string, district: string | null, name: string | null, day: string) => {
    const code = district ?? '';
    if (day < from || day > to) return;
    if (scope.units !== null && !scope.units.has(unit)) return;
    if (byRegion && unit !== region) return;
    if (scope.districts !== null && !scope.districts.has(code)) return;
    const key = `${byRegion ? region : ''}|${code}`;
    const had = known.get(key);
    if (had === undefined || (had.name === null && name !== null)) known.set(key, { code, region, name });
  };
  for (const s of state.surveys.values()) {
    if (standsAt(s, scope.asOf)) note(s.unit, s.unit, s.district, s.districtName, s.conductedOn);
  }
  for (const r of state.receptions) {
    if (r.recordedMs <= scope.asOf && r.region !== null) {
      note(r.unit, r.region, r.district, r.districtName ?? null, r.heldOn);
    }
  }
  return known;
};

/**
 * The units outcome rows may come from: the filter's `regions` (each its own work) and its `units`
 * (a unit-bound officer's filter names their unit there, a body's included: it holds the body's
 * receptions); both given, a unit must be in both. Null: every unit.
 */
const outcomeUnits = (
  filter:
    | { readonly regions?: readonly string[] | null; readonly units?: readonly string[] | null }
    | null
    | undefined,
): ReadonlySet<string> | null => {
  const regions = filter?.regions?.length ? new Set(filter.regions) : null;
  if (!filter?.units?.length) return regions;
  return new Set(filter.units.filter((unit) => regions === null || regions.has(unit)));
};

/** The time buckets a chart's rows are laid out in ([null] without a time dimension). */
const timeBuckets = (rows: readonly ChartRow[], dims: readonly string[]): (DimensionValue | null)[] =>
  dims.includes('time')
    ? [...new Map(rows.map((r) => r.keys.find((k) => k.dimension === 'time')!).map((k) => [k.key, k]))].map(
        ([, k]) => k,
      )
    : [null];

/** The central bodies that held receptions in the period, as known at asOf, within the filter. */
const receptionBodies = (state: OutcomesState, scope: Scope, from: string, to: string): Set<string> => {
  const bodies = new Set<string>();
  for (const r of state.receptions) {
    if (isRegionCode(r.unit) || r.recordedMs > scope.asOf || r.heldOn < from || r.heldOn > to) continue;
    if (scope.units !== null && !scope.units.has(r.unit)) continue;
    if (scope.districts !== null && (r.district === null || !scope.districts.has(r.district))) continue;
    bodies.add(r.unit);
  }
  return bodies;
};

/** A row's place, `<region>|<district>` (region empty when the chart is not by region). */
const placeOf = (row: ChartRow) =>
  `${row.keys.find((k) => k.dimension === 'region')?.key ?? ''}|${row.keys.find((k) => k.dimension === 'district')?.key ?? ''}`;

const districtKey = (code: string, region: string, name: string | null): DimensionValue => {
  if (code === '') return { dimension: 'district', key: '', label: NO_DISTRICT_LABEL, region: null };
  const shown = name ? `${name} (${code})` : code;
  return { dimension: 'district', key: code, label: { ru: shown, kk: shown, en: shown }, region };
};

const regionKey = (code: string): DimensionValue => {
  const r = REGIONS.find((x) => x.code === code)!;
  return { dimension: 'region', key: r.code, label: r.name, region: r.code };
};

/** The rows' non-time keys: one series of a chart with time. */
const seriesOf = (row: ChartRow) =>
  row.keys
    .filter((k) => k.dimension !== 'time')
    .map((k) => k.key)
    .join('\u0000');

const labelOf = (row: ChartRow) =>
  `${row.keys
    .filter((k) => k.dimension !== 'time')
    .map((k) => k.label.en.toLowerCase())
    .join(' / ')}\u0000${seriesOf(row)}`;

/**
 * The chart with the outcome measures beside the KPIs (and target measures): rows are laid out as
 * the KPI chart lays them out (every region, every time bucket, every district its risks name),
 * plus the districts only receptions or surveys name. Each outcome value is the row's slice of the
 * outcomes as known at `asOf`: receptions and citizens by the day held, risks from receptions by the
 * day identified, and the citizens' latest survey per unit (and district) in the row's days,
 * weighted by respondents. Without a district dimension or filter, perception is region-wide.
 */
export const chartWithOutcomes = (
  outcomes: OutcomesState,
  spec: ChartSpec,
  kpiChart: (spec: ChartSpec) => TargetChart,
): TargetChart => {
  if (!spec.measures.some(isOutcomeMeasure)) return kpiChart(spec);
  checkOutcomeSpec(spec);
  const limit = spec.limit ?? 100;
  if (!Number.isInteger(limit) || limit < 1 || limit > ROW_LIMIT) {
    throw new KpiQueryError('LIMIT_OUT_OF_RANGE', 'limit', `must be a whole number from 1 to ${ROW_LIMIT}`);
  }
  const others = spec.measures.filter((m) => !isOutcomeMeasure(m));
  const by = spec.sort?.by ?? spec.measures[0]!;
  const sortsOnOutcome = isOutcomeMeasure(by);
  const base = kpiChart({
    ...spec,
    measures: others.length > 0 ? others : [LAYOUT_KPI],
    sort: sortsOnOutcome ? { by: 'label', direction: 'asc' } : (spec.sort ?? null),
    limit: ROW_LIMIT,
  });
  const dims = base.dimensions;
  const asOf = spec.asOf ? new Date(spec.asOf).getTime() : Number.POSITIVE_INFINITY;
  const units = outcomeUnits(spec.filter);
  const districts = spec.filter?.districts?.length ? new Set(spec.filter.districts) : null;
  const scope: Scope = { units, districts, byDistrict: dims.includes('district'), asOf };

  let rows: ChartRow[] = [...base.rows];
  if (scope.byDistrict) {
    const shown = new Set(rows.map(placeOf));
    const buckets = timeBuckets(rows, dims);
    const byRegion = dims.includes('region');
    for (const [place, d] of outcomeDistricts(outcomes, scope, byRegion, base.period.from, base.period.to)) {
      if (shown.has(place)) continue;
      for (const bucket of buckets) {
        const keys = dims.map((dim) =>
          dim === 'district'
            ? districtKey(d.code, d.region, d.name)
            : dim === 'region'
              ? regionKey(d.region)
              : bucket!,
        );
        rows.push({ keys, values: others.map(() => null) });
      }
    }
  }

  // A body that only held receptions has no row in the KPI chart: it gets one (per time bucket).
  if (dims.includes('centralBody') && !scope.byDistrict && !dims.includes('region')) {
    const shown = new Set(rows.map((r) => r.keys.find((k) => k.dimension === 'centralBody')!.key));
    const buckets = timeBuckets(rows, dims);
    for (const code of receptionBodies(outcomes, scope, base.period.from, base.period.to)) {
      if (shown.has(code)) continue;
      for (const bucket of buckets) {
        const keys = dims.map((dim) => (dim === 'centralBody' ? centralBodyValue(code) : bucket!));
        rows.push({ keys, values: others.map(() => null) });
      }
    }
  }

  const fromReceptions = risksFromReceptions(outcomes, asOf);
  rows = rows.map((row) => {
    const days = row.keys.find((k) => k.dimension === 'time')?.period ?? base.period;
    const scoped: RowScope = {
      region: row.keys.find((k) => k.dimension === 'region')?.key ?? null,
      body: row.keys.find((k) => k.dimension === 'centralBody')?.key ?? null,
      district: row.keys.find((k) => k.dimension === 'district')?.key ?? null,
      from: days.from,
      to: days.to,
    };
    const outcome = valuesOf(outcomes, scope, fromReceptions, scoped);
    const values = spec.measures.map((m) =>
      isOutcomeMeasure(m) ? outcome[m] : (row.values[others.indexOf(m)] ?? null),
    );
    return { keys: row.keys, values };
  });

  // Rows added for districts only the outcomes name are sorted in with the rest.
  if ((sortsOnOutcome || by === 'label') && !dims.includes('time')) {
    const at = spec.measures.indexOf(by);
    const sign = (spec.sort?.direction ?? (by === 'label' ? 'asc' : 'desc')) === 'asc' ? 1 : -1;
    rows.sort((a, b) => {
      const va = a.values[at] ?? null;
      const vb = b.values[at] ?? null;
      if (at >= 0 && (va === null) !== (vb === null)) return va === null ? 1 : -1;
      if (va !== null && vb !== null && va !== vb) return sign * (va - vb);
      return (at >= 0 ? 1 : sign) * labelOf(a).localeCompare(labelOf(b));
    });
  }
  const series = [...new Set(rows.map(seriesOf))];
  const kept = new Set(series.slice(0, limit));
  return {
    ...base,
    measures: spec.measures,
    rows: rows.filter((r) => kept.has(seriesOf(r))),
    total: series.length,
    truncated: series.length > kept.size,
  };
};
