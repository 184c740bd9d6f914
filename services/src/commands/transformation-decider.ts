import type {
  ProcessTransformed,
  RecommendationImplemented,
  RiskRemoved,
  TransformationEvent,
} from '@kpi/schema';
import type { DecidableOf } from './command.ts';
import { existingRecommendationOf, lastMovedOn, type RecommendationState } from './recommendation-decider.ts';
import { RuleIssues, refuse, requireOwnRegion } from './refusal.ts';
import { existingRiskOf, type RiskState } from './risk-decider.ts';

export type TransformationState = { readonly exists: false } | { readonly exists: true };

export const initialTransformationState = (): TransformationState => ({ exists: false });

export const evolveTransformation = (_state: TransformationState, event: TransformationEvent) => {
  switch (event.type) {
    case 'ProcessTransformed':
      return { exists: true } as const;
    default: {
      const unknown: never = event.type;
      return unknown;
    }
  }
};

export interface TransformationInputs {
  readonly transformation: TransformationState;
  readonly risk: (riskId: string) => RiskState;
  readonly recommendation: (recommendationId: string) => RecommendationState;
}

export type TransformationEvents = [ProcessTransformed, ...(RiskRemoved | RecommendationImplemented)[]];

/**
 * A transformation removes risks and implements recommendations. Besides ProcessTransformed it
 * records the removal on every removed risk's stream and the implementation on every implemented
 * recommendation's stream: that is how a risk knows it is removed (removed once), and why two
 * transformations racing for one risk conflict on that risk's revision instead of both passing.
 *
 * A recommendation it implements must have been issued for one of the risks it removes: a
 * recommendation exists to remove its risk, so a process change that leaves the risk in place
 * has not implemented it. A recommendation left over after its risk was removed is closed by
 * rejecting it.
 */
export const recordTransformation = (
  command: DecidableOf<'RecordTransformation'>,
  state: TransformationInputs,
): TransformationEvents => {
  const { data, submitterRegion, now } = command;
  requireOwnRegion('the transformation', data.region, submitterRegion);
  if (state.transformation.exists) {
    refuse({
      kind: 'Conflict',
      message: `transformation ${data.transformationId} already exists`,
      streamId: `transformation-${data.transformationId}`,
    });
  }
  const { transformationId, occurredOn } = data;
  const issues = new RuleIssues();
  issues.notInFuture('occurredOn', occurredOn, now);

  const removed: RiskRemoved[] = data.removesRiskIds.map((riskId, index) => {
    const risk = existingRiskOf(state.risk(riskId), riskId, submitterRegion);
    const path = `removesRiskIds.${index}`;
    if (risk.withdrawn) issues.add(path, 'withdrawn', `risk ${riskId} is withdrawn`);
    if (risk.removedBy !== null) {
      issues.add(
        path,
        'removed',
        `risk ${riskId} was removed on ${risk.removedOn} by transformation ${risk.removedBy}; a risk is removed once`,
      );
    }
    issues.notBefore('occurredOn', occurredOn, risk.identifiedOn, `the date risk ${riskId} was identified`);
    return { type: 'RiskRemoved', data: { riskId, transformationId, occurredOn } };
  });

  const removes = new Set(data.removesRiskIds);
  const implemented: RecommendationImplemented[] = data.implementsRecommendationIds.map((id, index) => {
    const recommendation = existingRecommendationOf(state.recommendation(id), id, submitterRegion);
    const path = `implementsRecommendationIds.${index}`;
    if (recommendation.rejectedOn !== null) {
      issues.add(path, 'rejected', `recommendation ${id} was rejected on ${recommendation.rejectedOn}`);
    }
    if (recommendation.implementedBy !== null) {
      issues.add(
        path,
        'implemented',
        `recommendation ${id} was implemented on ${recommendation.implementedOn} by transformation ${recommendation.implementedBy}`,
      );
    }
    // Judged by business dates: a due date cannot have moved after the recommendation was implemented.
    const movedOn = lastMovedOn(recommendation);
    if (movedOn !== null && movedOn > occurredOn) {
      issues.add(
        path,
        'moved_after',
        `the due date of recommendation ${id} was moved on ${movedOn}, after this transformation's date`,
      );
    }
    if (!removes.has(recommendation.riskId)) {
      issues.add(
        path,
        'risk_not_removed',
        `recommendation ${id} was issued for risk ${recommendation.riskId}, which this transformation does not remove`,
      );
    }
    issues.notBefore(
      'occurredOn',
      occurredOn,
      recommendation.issuedOn,
      `the date recommendation ${id} was issued`,
    );
    return {
      type: 'RecommendationImplemented',
      data: { recommendationId: id, transformationId, occurredOn },
    };
  });

  issues.throwIfAny();
  return [{ type: 'ProcessTransformed', data }, ...removed, ...implemented];
};
