import { type RightEvent, type RightRestored, unitOf } from '@kpi/schema';
import type { DecidableOf } from './command.ts';
import { RuleIssues, refuse, requireOwnUnit } from './refusal.ts';
import { existingRiskOf, type RiskState } from './risk-decider.ts';

export type RightState = { readonly exists: false } | { readonly exists: true };

export const initialRightState = (): RightState => ({ exists: false });

export const evolveRight = (_state: RightState, event: RightEvent): RightState => {
  switch (event.type) {
    case 'RightRestored':
      return { exists: true };
    default: {
      const unknown: never = event.type;
      return unknown;
    }
  }
};

export const recordRightRestored = (
  command: DecidableOf<'RecordRightRestored'>,
  state: { readonly right: RightState; readonly risk: RiskState | null },
): [RightRestored] => {
  const { data, submitterUnit, now } = command;
  requireOwnUnit('the case', unitOf(data), submitterUnit);
  if (state.right.exists) {
    refuse({
      kind: 'Conflict',
      message: `case ${data.caseId} already exists`,
      streamId: `right-${data.caseId}`,
    });
  }
  const issues = new RuleIssues();
  issues.notInFuture('occurredOn', data.occurredOn, now);
  if (data.riskId !== undefined) {
    // The risk a case revealed may be removed since; it must still be a risk of this unit.
    const risk = existingRiskOf(state.risk ?? { exists: false }, data.riskId, submitterUnit);
    if (risk.withdrawn) issues.add('riskId', 'withdrawn', 'the risk is withdrawn');
    issues.notBefore('occurredOn', data.occurredOn, risk.identifiedOn, 'the date the risk was identified');
  }
  issues.throwIfAny();
  return [{ type: 'RightRestored', data }];
};
