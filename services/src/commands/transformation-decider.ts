import { type ProcessTransformed, type TransformationEvent, unitOf } from '@kpi/schema';
import type { DecidableOf } from './command.ts';
import { existingRecommendationOf, lastMovedOn, type RecommendationState } from './recommendation-decider.ts';
import { RuleIssues, refuse, requireOwnUnit } from './refusal.ts';
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

/**
 * A transformation removes risks and implements recommendations, all said by its one event,
 * ProcessTransformed: the risks and recommendations of its unit learn it from that event (removed
 * once, implemented once), and two transformations racing for one risk are decided one after the
 * other against their unit's state, so the second hears that the risk is removed.
 *
 * Judged by business dates, nothing already recorded may become invalid: a risk it removes has no
 * recommendation dated after the removal, and a recommendation it implements was not rejected,
 * neither before nor after (a rejection of an implemented recommendation is invalid).
 *
 * A recommendation it implements must have been issued for one of the risks it removes: a
 * recommendation exists to remove its risk, so a process change that leaves the risk in place
 * has not implemented it. A recommendation left over after its risk was removed is closed by
 * rejecting it.
 */
export const recordTransformation = (
  command: DecidableOf<'RecordTransformation'>,
  state: TransformationInputs,
): [ProcessTransformed] => {
  const { data, submitterUnit, now } = command;
  requireOwnUnit('the transformation', unitOf(data), submitterUnit);
  if (state.transformation.exists) {
    refuse({
      kind: 'Conflict',
      message: `transformation ${data.transformationId} already exists`,
      streamId: `transformation-${data.transformationId}`,
    });
  }
  const { occurredOn } = data;
  const issues = new RuleIssues();
  issues.notInFuture('occurredOn', occurredOn, now);

  const implementing = new Set(data.implementsRecommendationIds);
  data.removesRiskIds.forEach((riskId, index) => {
    const risk = existingRiskOf(state.risk(riskId), riskId, submitterUnit);
    const path = `removesRiskIds.${index}`;
    if (risk.withdrawn) issues.add(path, 'withdrawn', `risk ${riskId} is withdrawn`, { id: riskId });
    if (risk.removedBy !== null) {
      issues.add(
        path,
        'removed',
        `risk ${riskId} was removed on ${risk.removedOn} by transformation ${risk.removedBy}; a risk is removed once`,
        { id: riskId, ...(risk.removedOn ? { date: risk.removedOn } : {}) },
      );
    }
    issues.notBefore('occurredOn', occurredOn, risk.identifiedOn, `the date risk ${riskId} was identified`);
    // One it implements is judged below, by its own date of issue.
    const last = risk.lastRecommendation;
    if (last !== null && last.issuedOn > occurredOn && !implementing.has(last.recommendationId)) {
      issues.add(
        path,
        'recommended_after',
        `recommendation ${last.recommendationId} for risk ${riskId} was issued on ${last.issuedOn}, after this transformation's date: a risk's recommendations are dated on or before its removal`,
        { id: riskId, date: last.issuedOn },
      );
    }
  });

  const removes = new Set(data.removesRiskIds);
  data.implementsRecommendationIds.forEach((id, index) => {
    const recommendation = existingRecommendationOf(state.recommendation(id), id, submitterUnit);
    const path = `implementsRecommendationIds.${index}`;
    const { rejectedOn } = recommendation;
    if (rejectedOn !== null && rejectedOn <= occurredOn) {
      issues.add(path, 'rejected', `recommendation ${id} was rejected on ${rejectedOn}`, {
        id,
        date: rejectedOn,
      });
    } else if (rejectedOn !== null) {
      issues.add(
        path,
        'rejected_later',
        `recommendation ${id} was rejected on ${rejectedOn}: implementing it on an earlier date would make that rejection invalid`,
        { id, date: rejectedOn },
      );
    }
    if (recommendation.implementedBy !== null) {
      issues.add(
        path,
        'implemented',
        `recommendation ${id} was implemented on ${recommendation.implementedOn} by transformation ${recommendation.implementedBy}`,
        { id, ...(recommendation.implementedOn ? { date: recommendation.implementedOn } : {}) },
      );
    }
    // Judged by business dates: a due date cannot have moved after the recommendation was implemented.
    const movedOn = lastMovedOn(recommendation);
    if (movedOn !== null && movedOn > occurredOn) {
      issues.add(
        path,
        'moved_after',
        `the due date of recommendation ${id} was moved on ${movedOn}, after this transformation's date`,
        { id, date: movedOn },
      );
    }
    if (!removes.has(recommendation.riskId)) {
      issues.add(
        path,
        'risk_not_removed',
        `recommendation ${id} was issued for risk ${recommendation.riskId}, which this transformation does not remove`,
        { id },
      );
    }
    issues.notBefore(
      'occurredOn',
      occurredOn,
      recommendation.issuedOn,
      `the date recommendation ${id} was issued`,
    );
  });

  issues.throwIfAny();
  return [{ type: 'ProcessTransformed', data }];
};
