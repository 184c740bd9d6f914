import {
  type TargetDirection,
  type TargetEvent,
  type TargetSet,
  type TargetWithdrawn,
  targetId,
} from '@kpi/schema';
import type { DecidableOf } from './command.ts';
import { notFound, RuleIssues } from './refusal.ts';
import { isGovernedUnit, type UnitCatalogue, unknownBodyMessage } from './unit-catalogue.ts';

/** The target in force for one KPI, unit and period, as its stream tells it. */
export type TargetState =
  | { readonly exists: false }
  | { readonly exists: true; readonly value: number; readonly direction: TargetDirection };

export const initialTargetState = (): TargetState => ({ exists: false });

export const evolveTarget = (_state: TargetState, event: TargetEvent): TargetState => {
  switch (event.type) {
    case 'TargetSet':
      return { exists: true, value: event.data.value, direction: event.data.direction };
    case 'TargetWithdrawn':
      return { exists: false };
    default: {
      const unknown: never = event;
      return unknown;
    }
  }
};

/**
 * Sets a target, or replaces the one in force; the same target again changes nothing and is
 * refused. A central body must be in the catalogue when the target is set (the catalogue grows by
 * events, so the schema accepts any body's code and this decides).
 */
export const setTarget = (
  command: DecidableOf<'SetTarget'>,
  state: TargetState,
  units: UnitCatalogue,
): [TargetSet] => {
  const { data, now } = command;
  const issues = new RuleIssues();
  if (!isGovernedUnit(units, data.unit)) {
    issues.add('unit', 'unknown_central_body', unknownBodyMessage(data.unit), { id: data.unit });
  }
  issues.notInFuture('occurredOn', data.occurredOn, now);
  if (state.exists && state.value === data.value && state.direction === data.direction) {
    issues.add('value', 'unchanged', `the target is already ${data.direction} ${data.value}`);
  }
  issues.throwIfAny();
  return [{ type: 'TargetSet', data }];
};

/** Withdraws the target in force; there must be one. */
export const withdrawTarget = (
  command: DecidableOf<'WithdrawTarget'>,
  state: TargetState,
): [TargetWithdrawn] => {
  const { data, now } = command;
  if (!state.exists) notFound('target', targetId(data));
  const issues = new RuleIssues();
  issues.notInFuture('occurredOn', data.occurredOn, now);
  issues.throwIfAny();
  return [{ type: 'TargetWithdrawn', data }];
};
