import {
  type FiringState,
  firingStateAfter,
  NEVER_FIRED,
  notBehind,
  type StreamEvent,
} from '@kpi/projections';
import { alertStreams, type EventData } from '@kpi/schema';
import { refuse } from './refusal.ts';
import type { DecidedEvent, StreamDecider } from './stream-decider.ts';

/**
 * The evaluator's commands on a rule's firing stream `alert-firing-<ruleId>`: a condition started
 * to hold (fired) or stopped (cleared). Every replica judges; the decision against the stream,
 * appended with the revision read, lets only the first record of a transition land.
 */
export type AlertFiringCommand =
  | { readonly type: 'RecordAlertFired'; readonly data: EventData<'AlertFired'> }
  | { readonly type: 'RecordAlertCleared'; readonly data: EventData<'AlertCleared'> };

export const evolveAlertFiring = (state: FiringState, event: StreamEvent): FiringState => {
  if (event.type !== 'AlertFired' && event.type !== 'AlertCleared') return state;
  return firingStateAfter(state, event.type === 'AlertFired', event.data as EventData<'AlertFired'>);
};

export const decideAlertFiring = (command: AlertFiringCommand, state: FiringState): DecidedEvent[] => {
  const { data } = command;
  const conflict = (message: string): never =>
    refuse({ kind: 'Conflict', message, streamId: alertStreams.firing(data.ruleId) });
  // A replica whose read models lag must not clear what one ahead of it fired, nor fire again.
  if (!notBehind(data.judgedAt, state.judgedAt)) {
    conflict(`rule ${data.ruleId} was judged on newer read models already`);
  }
  if (command.type === 'RecordAlertFired') {
    // A recurrence rule fires again while open, for recurrences it has not announced yet.
    const firesAgain = state.firing && (data.announced?.length ?? 0) > 0;
    if ((state.firing && !firesAgain) || data.sequence !== state.sequence + 1) {
      conflict(`firing ${data.sequence} of rule ${data.ruleId} was recorded already`);
    }
    return [{ type: 'AlertFired', data }];
  }
  if (!state.firing || data.sequence !== state.sequence) {
    conflict(`firing ${data.sequence} of rule ${data.ruleId} is not open`);
  }
  return [{ type: 'AlertCleared', data }];
};

export const alertFiringDecider: StreamDecider<AlertFiringCommand, FiringState> = {
  initialState: () => NEVER_FIRED,
  evolve: evolveAlertFiring,
  decide: decideAlertFiring,
};
