import type { PopulationGroup } from '@kpi/schema';
import type { OutcomesState, SurveyRecord } from './state.ts';

export interface OutcomeQuery {
  /** The period, business dates inclusive (`YYYY-MM-DD`). */
  readonly from: string;
  readonly to: string;
  /** Units to read (region codes, or KZ for country-wide surveys); null: every unit. */
  readonly units?: readonly string[] | null;
  /** One district's records only (its KATO code). */
  readonly district?: string | null;
  /** Epoch ms: as recorded up to then; absent: as known now. */
  readonly asOfMs?: number | null;
}

export interface PerceptionQuery extends OutcomeQuery {
  readonly group?: PopulationGroup | null;
  /** One row per district that has surveys, instead of region-wide surveys. */
  readonly byDistrict?: boolean;
}

/** The latest survey of one unit, group (and district) in the period. */
export interface PerceptionRow {
  readonly unit: string;
  readonly district: string | null;
  readonly districtName: string | null;
  readonly group: PopulationGroup;
  readonly surveyId: string;
  readonly conductedOn: string;
  readonly respondents: number;
  readonly perceptionIndex: number;
  readonly facedCorruptionShare: number;
  readonly method: string;
}

/** The respondent-weighted mean of the latest surveys across units, per group. */
export interface PerceptionMean {
  readonly group: PopulationGroup;
  readonly units: number;
  readonly respondents: number;
  readonly perceptionIndex: number;
  readonly facedCorruptionShare: number;
}

export interface Perception {
  readonly rows: PerceptionRow[];
  readonly means: PerceptionMean[];
}

/** Was the survey known at `asOf` and not withdrawn by then? */
export const standsAt = (s: SurveyRecord, asOf: number): boolean =>
  s.recordedMs <= asOf && (s.withdrawnMs === null || s.withdrawnMs > asOf);

/** Later fieldwork wins; on the same day, the one recorded later. */
export const isLater = (a: SurveyRecord, b: SurveyRecord): boolean =>
  a.conductedOn > b.conductedOn || (a.conductedOn === b.conductedOn && a.position > b.position);

/**
 * Per unit and population group, the latest survey whose fieldwork ended in the period (ties by
 * recording order), as known at `asOf`; withdrawn surveys count nowhere. Region-wide surveys by
 * default; one district's, or one row per district, when asked. The means weigh each region's
 * latest survey by its respondents (a country-wide survey, unit KZ, is a row, not a unit of the mean).
 */
export const perception = (state: OutcomesState, query: PerceptionQuery): Perception => {
  const asOf = query.asOfMs ?? Number.POSITIVE_INFINITY;
  const units = query.units ? new Set(query.units) : null;
  const districtLevel = query.byDistrict === true || (query.district ?? null) !== null;
  const latest = new Map<string, SurveyRecord>();
  for (const s of state.surveys.values()) {
    if (!standsAt(s, asOf) || s.conductedOn < query.from || s.conductedOn > query.to) continue;
    if (units !== null && !units.has(s.unit)) continue;
    if (query.group && s.group !== query.group) continue;
    if (districtLevel ? s.district === null : s.district !== null) continue;
    if (query.district && s.district !== query.district) continue;
    const key = `${s.unit}|${s.district ?? ''}|${s.group}`;
    const current = latest.get(key);
    if (current === undefined || isLater(s, current)) latest.set(key, s);
  }
  const rows = [...latest.values()]
    .map(
      (s): PerceptionRow => ({
        unit: s.unit,
        district: s.district,
        districtName: s.districtName,
        group: s.group,
        surveyId: s.surveyId,
        conductedOn: s.conductedOn,
        respondents: s.respondents,
        perceptionIndex: s.perceptionIndex,
        facedCorruptionShare: s.facedCorruptionShare,
        method: s.method,
      }),
    )
    .sort((a, b) =>
      a.unit !== b.unit
        ? a.unit.localeCompare(b.unit)
        : (a.district ?? '') !== (b.district ?? '')
          ? (a.district ?? '').localeCompare(b.district ?? '')
          : a.group.localeCompare(b.group),
    );
  const sums = new Map<PopulationGroup, { units: number; n: number; index: number; share: number }>();
  for (const r of rows) {
    if (r.unit === 'KZ') continue;
    const sum = sums.get(r.group) ?? { units: 0, n: 0, index: 0, share: 0 };
    sum.units += 1;
    sum.n += r.respondents;
    sum.index += r.perceptionIndex * r.respondents;
    sum.share += r.facedCorruptionShare * r.respondents;
    sums.set(r.group, sum);
  }
  const means = [...sums]
    .map(([group, s]) => ({
      group,
      units: s.units,
      respondents: s.n,
      perceptionIndex: s.index / s.n,
      facedCorruptionShare: s.share / s.n,
    }))
    .sort((a, b) => a.group.localeCompare(b.group));
  return { rows, means };
};
