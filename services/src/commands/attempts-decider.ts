import type { StreamEvent } from '@kpi/projections';
import type { EventType } from '@kpi/schema';
import { refuse } from './refusal.ts';
import type { DecidedEvent, StreamDecider } from './stream-decider.ts';

/**
 * The server's commands on a thing it sends, attempt by attempt (an alert's delivery by one
 * channel, a schedule's report for one period): claim the next attempt, then record how it ended.
 * Decided against the thing's own stream and appended with the revision read, so of two replicas
 * claiming one attempt only one lands; the other is refused and sends nothing.
 */
export type AttemptCommand<Attempted, Succeeded, Failed> =
  | { readonly type: 'ClaimAttempt'; readonly data: Attempted }
  | { readonly type: 'RecordSucceeded'; readonly data: Succeeded }
  | { readonly type: 'RecordFailed'; readonly data: Failed };

/** The attempts so far: how many, and whether the last is being tried, waits for a retry, or ended it. */
export interface AttemptsState {
  readonly attempts: number;
  readonly status: 'NONE' | 'SENDING' | 'RETRYING' | 'SUCCEEDED' | 'FAILED';
}

interface AttemptData {
  readonly attempt: number;
}

/** The three event types of a thing sent by attempts, and how a refusal names the thing and its stream. */
export interface AttemptEvents<D> {
  readonly attempted: EventType;
  readonly succeeded: EventType;
  readonly failed: EventType;
  readonly streamOf: (data: D) => string;
  readonly describe: (data: D) => string;
}

export const attemptsDecider = <
  Attempted extends AttemptData,
  Succeeded extends AttemptData,
  Failed extends AttemptData & { readonly retryAt: string | null },
>(
  events: AttemptEvents<Attempted | Succeeded | Failed>,
): StreamDecider<AttemptCommand<Attempted, Succeeded, Failed>, AttemptsState> => {
  const conflict = (data: Attempted | Succeeded | Failed, message: string): never =>
    refuse({
      kind: 'Conflict',
      message: `${events.describe(data)}: ${message}`,
      streamId: events.streamOf(data),
    });
  return {
    initialState: () => ({ attempts: 0, status: 'NONE' }),
    evolve: (state: AttemptsState, event: StreamEvent): AttemptsState => {
      const { attempt } = event.data as AttemptData;
      if (event.type === events.attempted) return { attempts: attempt, status: 'SENDING' };
      if (event.type === events.succeeded) return { attempts: attempt, status: 'SUCCEEDED' };
      if (event.type === events.failed) {
        const { retryAt } = event.data as { retryAt: string | null };
        return { attempts: attempt, status: retryAt === null ? 'FAILED' : 'RETRYING' };
      }
      return state;
    },
    decide: (command, state): DecidedEvent[] => {
      const { data } = command;
      if (command.type === 'ClaimAttempt') {
        if (state.status === 'SUCCEEDED' || state.status === 'FAILED') {
          conflict(data, state.status === 'SUCCEEDED' ? 'sent already' : 'given up already');
        }
        // The attempt after the last one recorded, and no other: another replica's claim of it landed first.
        if (data.attempt !== state.attempts + 1)
          conflict(data, `attempt ${data.attempt} was claimed already`);
        return [{ type: events.attempted, data }];
      }
      // Only the attempt being tried ends: one taken over after its lease is no longer its replica's.
      if (state.status !== 'SENDING' || state.attempts !== data.attempt) {
        conflict(data, `attempt ${data.attempt} is not the one being tried`);
      }
      return [{ type: command.type === 'RecordSucceeded' ? events.succeeded : events.failed, data }];
    },
  };
};
