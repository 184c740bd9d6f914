import type { PopulationGroup } from '@kpi/schema';
import { isLater, type OutcomeQuery, standsAt } from './perception.ts';
import type { OutcomesState, SurveyRecord } from './state.ts';

export interface PerceptionChangeQuery extends OutcomeQuery {
  /** The population group compared; the citizens' by default, as the overview reads perception. */
  readonly group?: PopulationGroup | null;
}

/** One survey as the change reads it. */
export interface SurveyPoint {
  readonly surveyId: string;
  readonly conductedOn: string;
  readonly perceptionIndex: number;
  readonly respondents: number;
}

/**
 * A region's change in perception over the period: the latest survey before the period against
 * the latest in it. `change` is null when either is missing: no change is measurable, which is
 * not a change of zero.
 */
export interface PerceptionChangeRow {
  readonly unit: string;
  readonly before: SurveyPoint | null;
  readonly latest: SurveyPoint | null;
  readonly change: number | null;
}

const pointOf = (s: SurveyRecord): SurveyPoint => ({
  surveyId: s.surveyId,
  conductedOn: s.conductedOn,
  perceptionIndex: s.perceptionIndex,
  respondents: s.respondents,
});

/**
 * Per region, the change in one group's perception index between the latest survey whose
 * fieldwork ended before the period and the latest whose fieldwork ended in it (ties by recording
 * order), as known at `asOf`. Region-wide surveys unless one district is asked for; withdrawn
 * surveys count nowhere; a country-wide survey (KZ) is not a region's. A region with a survey on
 * only one side is listed with change null.
 */
export const perceptionChange = (
  state: OutcomesState,
  query: PerceptionChangeQuery,
): PerceptionChangeRow[] => {
  const asOf = query.asOfMs ?? Number.POSITIVE_INFINITY;
  const units = query.units ? new Set(query.units) : null;
  const group = query.group ?? 'CITIZENS';
  const district = query.district ?? null;
  const before = new Map<string, SurveyRecord>();
  const latest = new Map<string, SurveyRecord>();
  for (const s of state.surveys.values()) {
    if (s.unit === 'KZ' || s.group !== group || !standsAt(s, asOf)) continue;
    if (units !== null && !units.has(s.unit)) continue;
    if (s.district !== district) continue;
    if (s.conductedOn > query.to) continue;
    const side = s.conductedOn < query.from ? before : latest;
    const current = side.get(s.unit);
    if (current === undefined || isLater(s, current)) side.set(s.unit, s);
  }
  return [...new Set([...before.keys(), ...latest.keys()])].sort().map((unit) => {
    const b = before.get(unit);
    const l = latest.get(unit);
    return {
      unit,
      before: b ? pointOf(b) : null,
      latest: l ? pointOf(l) : null,
      change: b && l ? l.perceptionIndex - b.perceptionIndex : null,
    };
  });
};
