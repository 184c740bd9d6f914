import type { StreamEvent } from '@kpi/projections';
import type { EventType } from '@kpi/schema';

/** An event a stream decider decides: its type and data, always on the command's own stream. */
export interface DecidedEvent {
  readonly type: EventType;
  readonly data: unknown;
}

/**
 * A decider over one thing's own stream (an account, a saved chart, an alert rule): pure, as the
 * domain deciders are; "now", new ids and anything slow (a password's hash) come in the command.
 * `decide` returns the events to record (none when the command changes nothing) or throws a
 * CommandRefusedError.
 */
export interface StreamDecider<C extends { readonly type: string }, S> {
  readonly initialState: () => S;
  readonly evolve: (state: S, event: StreamEvent) => S;
  readonly decide: (command: C, state: S) => readonly DecidedEvent[];
  /**
   * Whether the first event a submission recorded is what this command would record: a
   * resubmission with other content under the same submission id is refused, not replayed.
   * Absent: any resubmission replays.
   */
  readonly sameSubmission?: (command: C, recorded: StreamEvent) => boolean;
}

/** A command decided against the stream it names, as `handleCommand` runs it. */
export interface StreamCommand<C extends { readonly type: string } = { readonly type: string }, S = unknown> {
  /** The consistency boundary: the thing's own stream, appended with the revision it was decided on. */
  readonly streamId: string;
  /**
   * A stream whose events the decision reads before the thing's own, never appended to by it: the
   * username's stream holding the registration a user's later changes are decided on. What it
   * holds is written once, so deciding on it and appending only to `streamId` stays consistent.
   */
  readonly foundedOn?: string;
  readonly decider: StreamDecider<C, S>;
  readonly command: C;
}

export const streamCommand = <C extends { readonly type: string }, S>(
  decider: StreamDecider<C, S>,
  streamId: string,
  command: C,
  foundedOn?: string,
): StreamCommand<C, S> => ({ decider, streamId, command, ...(foundedOn === undefined ? {} : { foundedOn }) });

export const isStreamCommand = (command: unknown): command is StreamCommand =>
  typeof command === 'object' && command !== null && 'decider' in command && 'streamId' in command;

/** Folds a stream's events from the decider's initial state. */
export const foldStream = <C extends { readonly type: string }, S>(
  decider: StreamDecider<C, S>,
  events: readonly StreamEvent[],
): S => events.reduce(decider.evolve, decider.initialState());
