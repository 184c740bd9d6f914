import {
  type ProcessTransformed,
  type RecommendationDueDateMoved,
  type RecommendationEvent,
  type RecommendationIssued,
  type RecommendationRejected,
  type RegionCode,
  unitOf,
} from '@kpi/schema';
import type { DecidableOf } from './command.ts';
import { notFound, RuleIssues, refuse, requireOwnUnit } from './refusal.ts';
import { existingRiskOf, type RiskState } from './risk-decider.ts';

/** A due date move as dated: `occurredOn` when it was decided, `dueOn` the new due date. */
export interface DueDateMove {
  readonly occurredOn: string;
  readonly dueOn: string;
}

export interface KnownRecommendation {
  readonly exists: true;
  readonly recommendationId: string;
  readonly riskId: string;
  readonly region: RegionCode;
  /** Its reporting unit (`unitOf`): the central body it was issued for, or its region. */
  readonly unit: string;
  readonly issuedOn: string;
  /** The due date it was issued with; the moves change it from their business dates on. */
  readonly dueIssued: string;
  /** Every move in recording order: reports arrive late, so a later one may be dated earlier. */
  readonly moves: readonly DueDateMove[];
  /** The business date it was rejected on; a recommendation is rejected once. */
  readonly rejectedOn: string | null;
  /** The transformation that implemented it, and its date; a recommendation is implemented once. */
  readonly implementedBy: string | null;
  readonly implementedOn: string | null;
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
        unit: unitOf(event.data),
        dueIssued: dueOn,
        moves: [],
        issuedOn: occurredOn,
        rejectedOn: null,
        implementedBy: null,
        implementedOn: null,
      };
    }
    case 'RecommendationRejected':
      return state.exists ? { ...state, rejectedOn: event.data.occurredOn } : state;
    case 'RecommendationDueDateMoved': {
      if (!state.exists) return state;
      const { occurredOn, dueOn } = event.data;
      return { ...state, moves: [...state.moves, { occurredOn, dueOn }] };
    }
    case 'RecommendationImplemented':
      // The earlier layout's marker: the transformation itself says so (see `implementRecommendation`).
      return state;
    default: {
      const unknown: never = event;
      return unknown;
    }
  }
};

/** A transformation implemented the recommendation; should an older store name it twice, the earliest stands. */
export const implementRecommendation = (
  state: RecommendationState,
  event: ProcessTransformed,
): RecommendationState => {
  if (!state.exists) return state;
  const { transformationId, occurredOn } = event.data;
  if (state.implementedOn !== null && state.implementedOn <= occurredOn) return state;
  return { ...state, implementedBy: transformationId, implementedOn: occurredOn };
};

/**
 * The due date in force on `date`: the latest move dated on or before it (among moves of one
 * day, the last recorded), else the one issued. The KPIs read the due date the same way.
 */
export const dueDateOn = (recommendation: KnownRecommendation, date: string): string => {
  let best: DueDateMove | null = null;
  for (const m of recommendation.moves) {
    if (m.occurredOn <= date && (best === null || m.occurredOn >= best.occurredOn)) best = m;
  }
  return best?.dueOn ?? recommendation.dueIssued;
};

/** The latest business date of a due date move, or null when it was never moved. */
export const lastMovedOn = (recommendation: KnownRecommendation): string | null =>
  recommendation.moves.reduce<string | null>(
    (a, m) => (a === null || m.occurredOn > a ? m.occurredOn : a),
    null,
  );

export const existingRecommendationOf = (
  state: RecommendationState,
  recommendationId: string,
  submitterUnit: string,
): KnownRecommendation => {
  if (!state.exists) return notFound('recommendation', recommendationId, submitterUnit);
  requireOwnUnit(`recommendation ${recommendationId}`, state.unit, submitterUnit);
  return state;
};

const implementedFact = (recommendation: KnownRecommendation): string =>
  `the recommendation was implemented on ${recommendation.implementedOn} by transformation ${recommendation.implementedBy}`;

/**
 * A rejection closes a recommendation for good: it is refused once the recommendation is rejected,
 * and when a due date move is dated after it (a move after the rejection could not have happened).
 * Rejection and implementation exclude each other: one dated on or after the implementation
 * contradicts it; one dated before it would make the implementation (of a rejected
 * recommendation) invalid. Either way the recorded implementation stands, named with its date.
 */
const rejectable = (issues: RuleIssues, recommendation: KnownRecommendation, date: string): void => {
  if (recommendation.rejectedOn !== null) {
    issues.add(
      'recommendationId',
      'rejected',
      `the recommendation was rejected on ${recommendation.rejectedOn}`,
      { date: recommendation.rejectedOn },
    );
  }
  const { implementedOn } = recommendation;
  if (implementedOn !== null && implementedOn <= date) {
    issues.add('recommendationId', 'implemented', implementedFact(recommendation), { date: implementedOn });
  } else if (implementedOn !== null) {
    issues.add(
      'occurredOn',
      'implemented_later',
      `${implementedFact(recommendation)}: a rejection dated before it would make that implementation invalid`,
      { date: implementedOn },
    );
  }
  const movedOn = lastMovedOn(recommendation);
  if (movedOn !== null && movedOn > date) {
    issues.add(
      'occurredOn',
      'after_referenced',
      `the due date was moved on ${movedOn}, after this rejection: a rejection is dated on or after the last move`,
      { date: movedOn },
    );
  }
};

/**
 * A due date moves while the recommendation waits: judged by business dates, a move dated on or
 * before the rejection or the implementation is valid even when that was recorded first.
 */
const movable = (issues: RuleIssues, recommendation: KnownRecommendation, date: string): void => {
  const { rejectedOn, implementedOn } = recommendation;
  if (rejectedOn !== null && date > rejectedOn) {
    issues.add('recommendationId', 'rejected', `the recommendation was rejected on ${rejectedOn}`, {
      date: rejectedOn,
    });
  }
  if (implementedOn !== null && date > implementedOn) {
    issues.add('recommendationId', 'implemented', implementedFact(recommendation), { date: implementedOn });
  }
};

export const issueRecommendation = (
  command: DecidableOf<'IssueRecommendation'>,
  state: { readonly recommendation: RecommendationState; readonly risk: RiskState },
): [RecommendationIssued] => {
  const { data, submitterUnit, now } = command;
  requireOwnUnit('the recommendation', unitOf(data), submitterUnit);
  const risk = existingRiskOf(state.risk, data.riskId, submitterUnit);
  if (state.recommendation.exists) {
    refuse({
      kind: 'Conflict',
      message: `recommendation ${data.recommendationId} already exists`,
      streamId: `recommendation-${data.recommendationId}`,
    });
  }
  const issues = new RuleIssues();
  if (risk.withdrawn) issues.add('riskId', 'withdrawn', 'the risk is withdrawn');
  // Judged by business dates: a recommendation issued before the removal was only reported late.
  if (risk.removedOn !== null && data.occurredOn > risk.removedOn) {
    issues.add(
      'riskId',
      'removed',
      `the risk was removed on ${risk.removedOn} by transformation ${risk.removedBy}, before this recommendation`,
      { date: risk.removedOn },
    );
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
  const { data, submitterUnit, now } = command;
  const recommendation = existingRecommendationOf(state, data.recommendationId, submitterUnit);
  const issues = new RuleIssues();
  rejectable(issues, recommendation, data.occurredOn);
  issues.notInFuture('occurredOn', data.occurredOn, now);
  issues.notBefore('occurredOn', data.occurredOn, recommendation.issuedOn, 'the date of issue');
  issues.throwIfAny();
  return [{ type: 'RecommendationRejected', data }];
};

export const moveRecommendationDueDate = (
  command: DecidableOf<'MoveRecommendationDueDate'>,
  state: RecommendationState,
): [RecommendationDueDateMoved] => {
  const { data, submitterUnit, now } = command;
  const recommendation = existingRecommendationOf(state, data.recommendationId, submitterUnit);
  const issues = new RuleIssues();
  movable(issues, recommendation, data.occurredOn);
  if (data.dueOn === dueDateOn(recommendation, data.occurredOn)) {
    issues.add('dueOn', 'no_change', `the due date on ${data.occurredOn} is already ${data.dueOn}`, {
      date: data.dueOn,
    });
  }
  issues.notBefore('dueOn', data.dueOn, recommendation.issuedOn, 'the date of issue');
  issues.notInFuture('occurredOn', data.occurredOn, now);
  issues.notBefore('occurredOn', data.occurredOn, recommendation.issuedOn, 'the date of issue');
  issues.throwIfAny();
  return [{ type: 'RecommendationDueDateMoved', data }];
};
