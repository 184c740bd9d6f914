import { type EventData, receptionRegionOf, unitOf } from '@kpi/schema';
import type { ProjectedEvent, Projection } from '../projection.ts';
import { emptyOutcomesState, type OutcomesState } from './state.ts';

export const OUTCOME_EVENT_TYPES = [
  'PerceptionSurveyConducted',
  'PerceptionSurveyWithdrawn',
  'CitizenReceptionHeld',
  'RiskIdentified',
  'RiskReclassified',
  'RiskWithdrawn',
] as const;

/**
 * Folds surveys, receptions and the source of every risk (for the risks identified from citizen
 * receptions). Keeps what was withdrawn or changed and when, so any `asOf` can be answered.
 * Updates the state in place and returns it.
 */
export const evolveOutcomes = (state: OutcomesState, event: ProjectedEvent): OutcomesState => {
  const recordedMs = Date.parse(event.metadata.recordedAt);
  switch (event.type) {
    case 'PerceptionSurveyConducted': {
      const d = event.data as EventData<'PerceptionSurveyConducted'>;
      state.surveys.set(d.surveyId, {
        surveyId: d.surveyId,
        unit: d.unit,
        district: d.district ?? null,
        districtName: d.districtName ?? null,
        group: d.group,
        respondents: d.respondents,
        facedCorruptionShare: d.facedCorruptionShare,
        perceptionIndex: d.perceptionIndex,
        method: d.method,
        conductedOn: d.occurredOn,
        recordedAt: event.metadata.recordedAt,
        recordedMs,
        position: event.position,
        withdrawnMs: null,
      });
      break;
    }
    case 'PerceptionSurveyWithdrawn': {
      const survey = state.surveys.get((event.data as EventData<'PerceptionSurveyWithdrawn'>).surveyId);
      if (survey !== undefined && survey.withdrawnMs === null) survey.withdrawnMs = recordedMs;
      break;
    }
    case 'CitizenReceptionHeld': {
      const d = event.data as EventData<'CitizenReceptionHeld'>;
      state.receptions.push({
        unit: d.unit,
        region: receptionRegionOf(d),
        district: d.district ?? null,
        districtName: d.districtName ?? null,
        citizensReceived: d.citizensReceived,
        issuesRaised: d.issuesRaised,
        heldOn: d.occurredOn,
        recordedMs,
      });
      break;
    }
    case 'RiskIdentified': {
      const d = event.data as EventData<'RiskIdentified'>;
      state.risks.set(d.riskId, {
        unit: unitOf(d),
        region: d.region,
        identifiedOn: d.occurredOn,
        sources: [{ recordedMs, source: d.source }],
        districts: [{ recordedMs, district: d.district ?? null }],
        withdrawnMs: null,
      });
      break;
    }
    case 'RiskReclassified': {
      const d = event.data as EventData<'RiskReclassified'>;
      const risk = state.risks.get(d.riskId);
      if (risk !== undefined && d.source !== undefined) risk.sources.push({ recordedMs, source: d.source });
      if (risk !== undefined && d.district !== undefined)
        risk.districts.push({ recordedMs, district: d.district });
      break;
    }
    case 'RiskWithdrawn': {
      const risk = state.risks.get((event.data as EventData<'RiskWithdrawn'>).riskId);
      if (risk !== undefined && risk.withdrawnMs === null) risk.withdrawnMs = recordedMs;
      break;
    }
    default:
      return state;
  }
  state.position = event.position;
  return state;
};

export const outcomesProjection: Projection<OutcomesState> = {
  name: 'outcomes',
  canHandle: OUTCOME_EVENT_TYPES,
  initialState: emptyOutcomesState,
  evolve: evolveOutcomes,
};
