import { type EventData, receptionRegionOf, unitOf } from '@kpi/schema';
import type { ProjectedEvent, Projection } from '../projection.ts';
import { keepPlainRisk, plainRiskRecord, plainRiskRow, withdrawPlainRisk } from './plain-risks.ts';
import { RECEPTION_SOURCE } from './receptions.ts';
import { emptyOutcomesState, type OutcomesState, type RiskSourceRecord } from './state.ts';

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
      const risk: RiskSourceRecord = {
        unit: unitOf(d),
        region: d.region,
        identifiedOn: d.occurredOn,
        sources: [{ recordedMs, source: d.source }],
        districts: [{ recordedMs, district: d.district ?? null }],
        withdrawnMs: null,
      };
      // Only a reception's risks are counted: the others are kept compact until reclassified.
      state.risks.delete(d.riskId);
      if (d.source === RECEPTION_SOURCE) state.risks.set(d.riskId, risk);
      else keepPlainRisk(state.plainRisks, d.riskId, risk);
      break;
    }
    case 'RiskReclassified': {
      const d = event.data as EventData<'RiskReclassified'>;
      const risk = fullRecordOf(state, d.riskId);
      if (risk !== undefined && d.source !== undefined) risk.sources.push({ recordedMs, source: d.source });
      if (risk !== undefined && d.district !== undefined)
        risk.districts.push({ recordedMs, district: d.district });
      break;
    }
    case 'RiskWithdrawn': {
      const id = (event.data as EventData<'RiskWithdrawn'>).riskId;
      const risk = state.risks.get(id);
      if (risk !== undefined && risk.withdrawnMs === null) risk.withdrawnMs = recordedMs;
      const plain = risk === undefined ? plainRiskRow(state.plainRisks, id) : -1;
      if (plain >= 0) withdrawPlainRisk(state.plainRisks, plain, recordedMs);
      break;
    }
    default:
      return state;
  }
  state.position = event.position;
  return state;
};

/** A risk's full record, made from its compact row when it is first reclassified. */
const fullRecordOf = (state: OutcomesState, id: string): RiskSourceRecord | undefined => {
  const risk = state.risks.get(id);
  if (risk !== undefined) return risk;
  const row = plainRiskRow(state.plainRisks, id);
  if (row < 0) return undefined;
  const made = plainRiskRecord(state.plainRisks, row);
  state.risks.set(id, made);
  return made;
};

export const outcomesProjection: Projection<OutcomesState> = {
  name: 'outcomes',
  canHandle: OUTCOME_EVENT_TYPES,
  initialState: emptyOutcomesState,
  evolve: evolveOutcomes,
};
