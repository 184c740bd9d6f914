import type {
  RecommendationDueDateMoved,
  RecommendationEvent,
  RecommendationIssued,
  RecommendationRejected,
  RegionCode,
} from '@kpi/schema';
import type { DecidableOf } from './command.ts';
import { notFound, RuleIssues, refuse, requireOwnRegion } from './refusal.ts';
import { existingRiskOf, type RiskState } from './risk-decider.ts';

export interface KnownRecommendation {
  readonly exists: true;
  readonly recommendationId: string;
  readonly riskId: string;
  readonly region: RegionCode;
  readonly issuedOn: string;
  readonly dueOn: string;
  readonly rejected: boolean;
  /** The transformation that implemented it; a recommendation is implemented once. */
  readonly implementedBy: string | null;
}

export type RecommendationState = { readonly exists: false } | KnownRecommendation;

export const initialRecommendationState = (): RecommendationState => ({ exists: false });

export const evolveRecommendation = (
  state: RecommendationState,
  event: RecommendationEvent,
): RecommendationState => {
  switch (event.type) {
    case 'RecommendationIssued': {
      const { recommendationId, riskId, region, dueOn, occurredOn } = event.data;
      return {
        exists: true,
        recommendationId,
        riskId,
        region,
        dueOn,
        issuedOn: occurredOn,
        rejected: false,
        implementedBy: null,
      };
    }
    case 'RecommendationRejected':
      return state.exists ? { ...state, rejected: true } : state;
    case 'RecommendationDueDateMoved':
      return state.exists ? { ...state, dueOn: event.data.dueOn } : state;
    case 'RecommendationImplemented':
      return state.exists ? { ...state, implementedBy: event.data.transformationId } : state;
    default: {
      const unknown: never = event;
      return unknown;
    }
  }
};

export const existingRecommendationOf = (
  state: RecommendationState,
  recommendationId: string,
  submitterRegion: RegionCode,
): KnownRecommendation => {
  if (!state.exists) return notFound('recommendation', recommendationId);
  requireOwnRegion(`recommendation ${recommendationId}`, state.region, submitterRegion);
  return state;
};

/** Rejection and rescheduling apply only to a recommendation still waiting to be implemented. */
const stillOpen = (issues: RuleIssues, recommendation: KnownRecommendation): void => {
  if (recommendation.rejected) issues.add('recommendationId', 'rejected', 'the recommendation is rejected');
  if (recommendation.implementedBy !== null) {
    issues.add(
      'recommendationId',
      'implemented',
      `the recommendation is already implemented by transformation ${recommendation.implementedBy}`,
    );
  }
};

export const issueRecommendation = (
  command: DecidableOf<'IssueRecommendation'>,
  state: { readonly recommendation: RecommendationState; readonly risk: RiskState },
): [RecommendationIssued] => {
  const { data, submitterRegion, now } = command;
  requireOwnRegion('the recommendation', data.region, submitterRegion);
  const risk = existingRiskOf(state.risk, data.riskId, submitterRegion);
  if (state.recommendation.exists) {
    refuse({
      kind: 'Conflict',
      message: `recommendation ${data.recommendationId} already exists`,
      streamId: `recommendation-${data.recommendationId}`,
    });
  }
  const issues = new RuleIssues();
  if (risk.withdrawn) issues.add('riskId', 'withdrawn', 'the risk is withdrawn');
  if (risk.removedBy !== null) {
    issues.add('riskId', 'removed', `the risk is already removed by transformation ${risk.removedBy}`);
  }
  issues.notInFuture('occurredOn', data.occurredOn, now);
  issues.notBefore('occurredOn', data.occurredOn, risk.identifiedOn, 'the date the risk was identified');
  issues.throwIfAny();
  return [{ type: 'RecommendationIssued', data }];
};

export const rejectRecommendation = (
  command: DecidableOf<'RejectRecommendation'>,
  state: RecommendationState,
): [RecommendationRejected] => {
  const { data, submitterRegion, now } = command;
  const recommendation = existingRecommendationOf(state, data.recommendationId, submitterRegion);
  const issues = new RuleIssues();
  stillOpen(issues, recommendation);
  issues.notInFuture('occurredOn', data.occurredOn, now);
  issues.notBefore('occurredOn', data.occurredOn, recommendation.issuedOn, 'the date of issue');
  issues.throwIfAny();
  return [{ type: 'RecommendationRejected', data }];
};

export const moveRecommendationDueDate = (
  command: DecidableOf<'MoveRecommendationDueDate'>,
  state: RecommendationState,
): [RecommendationDueDateMoved] => {
  const { data, submitterRegion, now } = command;
  const recommendation = existingRecommendationOf(state, data.recommendationId, submitterRegion);
  const issues = new RuleIssues();
  stillOpen(issues, recommendation);
  if (data.dueOn === recommendation.dueOn)
    issues.add('dueOn', 'no_change', `the due date is already ${data.dueOn}`);
  issues.notBefore('dueOn', data.dueOn, recommendation.issuedOn, 'the date of issue');
  issues.notInFuture('occurredOn', data.occurredOn, now);
  issues.notBefore('occurredOn', data.occurredOn, recommendation.issuedOn, 'the date of issue');
  issues.throwIfAny();
  return [{ type: 'RecommendationDueDateMoved', data }];
};
