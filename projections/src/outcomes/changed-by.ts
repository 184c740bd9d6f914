import type { ProjectedEvent } from '../projection.ts';
import type { OutcomeMeasure } from './chart-outcomes.ts';
import type { OutcomesState } from './state.ts';

const PERCEPTION: readonly OutcomeMeasure[] = ['perceptionIndex', 'facedCorruptionShare'];
const RECEPTIONS: readonly OutcomeMeasure[] = ['receptionsHeld', 'citizensReceived', 'risksPerReception'];

/**
 * The outcome measures a survey or reception changes, and the unit it lies in, for live updates
 * (the KPI projection reports the risks, those from receptions included). A withdrawal names only
 * its survey: the state says where that survey lies.
 */
export const outcomesChangedBy = (
  event: ProjectedEvent,
  state: OutcomesState,
): { readonly measures: readonly OutcomeMeasure[]; readonly units: readonly string[] } => {
  const data = event.data as { unit?: string; surveyId?: string };
  switch (event.type) {
    case 'PerceptionSurveyConducted':
      return { measures: PERCEPTION, units: data.unit ? [data.unit] : [] };
    case 'PerceptionSurveyWithdrawn': {
      const unit = data.surveyId === undefined ? undefined : state.surveys.get(data.surveyId)?.unit;
      return { measures: PERCEPTION, units: unit ? [unit] : [] };
    }
    case 'CitizenReceptionHeld':
      return { measures: RECEPTIONS, units: data.unit ? [data.unit] : [] };
    default:
      return { measures: [], units: [] };
  }
};
