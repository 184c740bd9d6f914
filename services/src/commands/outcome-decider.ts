import {
  type CitizenReceptionHeld,
  type PerceptionSurveyConducted,
  type PerceptionSurveyWithdrawn,
  receptionStream,
  surveyStream,
} from '@kpi/schema';
import type { DecidableOf } from './command.ts';
import { notFound, RuleIssues, refuse, requireOwnUnit } from './refusal.ts';

/** A perception survey as its stream tells it. */
export type SurveyState =
  | { readonly exists: false }
  | {
      readonly exists: true;
      readonly unit: string;
      readonly conductedOn: string;
      readonly withdrawn: boolean;
    };

export const initialSurveyState = (): SurveyState => ({ exists: false });

export const evolveSurvey = (
  state: SurveyState,
  event: PerceptionSurveyConducted | PerceptionSurveyWithdrawn,
): SurveyState => {
  switch (event.type) {
    case 'PerceptionSurveyConducted':
      return { exists: true, unit: event.data.unit, conductedOn: event.data.occurredOn, withdrawn: false };
    case 'PerceptionSurveyWithdrawn':
      return state.exists ? { ...state, withdrawn: true } : state;
    default: {
      const unknown: never = event;
      return unknown;
    }
  }
};

export type ReceptionState = { readonly exists: boolean };
export const initialReceptionState = (): ReceptionState => ({ exists: false });

/**
 * Records a survey's results for the submitter's own region (a country-wide survey, unit KZ, is
 * no region's: no officer records it). Fieldwork ends on a business date, never in the future.
 */
export const recordPerceptionSurvey = (
  command: DecidableOf<'RecordPerceptionSurvey'>,
  state: SurveyState,
): [PerceptionSurveyConducted] => {
  const { data, submitterUnit, now } = command;
  requireOwnUnit('the survey', data.unit, submitterUnit);
  if (state.exists) {
    refuse({
      kind: 'Conflict',
      message: `survey ${data.surveyId} already exists`,
      streamId: surveyStream(data.surveyId),
    });
  }
  const issues = new RuleIssues();
  issues.notInFuture('occurredOn', data.occurredOn, now);
  issues.throwIfAny();
  return [{ type: 'PerceptionSurveyConducted', data }];
};

/** Withdraws a survey recorded in error: it then counts nowhere. Only once, only one's own region's. */
export const withdrawPerceptionSurvey = (
  command: DecidableOf<'WithdrawPerceptionSurvey'>,
  state: SurveyState,
): [PerceptionSurveyWithdrawn] => {
  const { data, submitterUnit, now } = command;
  if (!state.exists) return notFound('survey', data.surveyId, submitterUnit);
  requireOwnUnit(`survey ${data.surveyId}`, state.unit, submitterUnit);
  const issues = new RuleIssues();
  if (state.withdrawn) issues.add('surveyId', 'withdrawn', 'the survey is withdrawn already');
  issues.notInFuture('occurredOn', data.occurredOn, now);
  issues.notBefore('occurredOn', data.occurredOn, state.conductedOn, 'the end of the fieldwork');
  issues.throwIfAny();
  return [{ type: 'PerceptionSurveyWithdrawn', data }];
};

/**
 * Records a reception held by the submitter's own unit (their region, or their central body, which
 * may name the region it was held in), on a day not in the future.
 */
export const recordCitizenReception = (
  command: DecidableOf<'RecordCitizenReception'>,
  state: ReceptionState,
): [CitizenReceptionHeld] => {
  const { data, submitterUnit, now } = command;
  requireOwnUnit('the reception', data.unit, submitterUnit);
  if (state.exists) {
    refuse({
      kind: 'Conflict',
      message: `reception ${data.receptionId} already exists`,
      streamId: receptionStream(data.receptionId),
    });
  }
  const issues = new RuleIssues();
  issues.notInFuture('occurredOn', data.occurredOn, now);
  issues.throwIfAny();
  return [{ type: 'CitizenReceptionHeld', data }];
};
