import { randomUUID } from 'node:crypto';
import type { Submitter } from '../identity/viewer.ts';
import {
  DuplicateEventIdError,
  InvalidEventError,
  type StreamWrite,
  WrongExpectedRevisionError,
} from '../store/port.ts';
import type { Command } from './command.ts';
import { type CommandResult, submissionReused } from './command-result.ts';
import type { CommandServices } from './command-services.ts';
import { type BatchItem, type BatchOutcome, decideMany, type SubmissionOptions } from './decide-many.ts';
import { OneAtATime } from './one-at-a-time.ts';
import type { Refusal } from './refusal.ts';
import { isStreamCommand, type StreamCommand } from './stream-decider.ts';
import { decideOnStream, type StreamAuthor, type StreamCommandResult } from './stream-handle.ts';

export interface CommandSubmission extends Omit<SubmissionOptions, 'onProgress'> {
  readonly submissionId: string;
}

/**
 * The one path every write takes (forms, API, import, demo data): authorise, validate, catch up
 * the state of the command's consistency boundary (its reporting unit's stream, or a target's),
 * decide against it, and append the one event to that one stream with the revision the decision
 * read: one atomic single-stream append, on every store.
 *
 * Everything a decision relies on (the risk a recommendation names, the risks a transformation
 * removes, the recommendations it implements) is in the same unit, so the expected revision
 * guards all of it. If another submission reached the unit meanwhile, the append is refused; the
 * handler catches up and decides again (the second of two transformations racing for one risk
 * then hears that it is removed), and answers a Conflict only after a few such rounds.
 *
 * A change to a thing with a stream of its own (an account, a saved chart, an alert rule) is a
 * `StreamCommand`: decided against that stream by its pure decider (`stream-handle.ts`) and
 * appended with the revision it read, under the same idempotency rule (event ids from the
 * submission id; a resubmission answers `replayed: true`) and the same count of answers.
 */
export function handleCommand<C extends { readonly type: string }, S>(
  services: CommandServices,
  author: StreamAuthor,
  command: StreamCommand<C, S>,
  submission: CommandSubmission,
): Promise<StreamCommandResult>;
export function handleCommand(
  services: CommandServices,
  submitter: Submitter | null,
  command: Command,
  submission: CommandSubmission,
): Promise<CommandResult>;
export async function handleCommand(
  services: CommandServices,
  submitter: Submitter | StreamAuthor | null,
  command: Command | StreamCommand,
  submission: CommandSubmission,
): Promise<CommandResult | StreamCommandResult> {
  const result = await sameSubmissionsOf(services.store).run(
    submission.submissionId,
    (): Promise<CommandResult | StreamCommandResult> =>
      isStreamCommand(command)
        ? decideOnStream(services.store, submitter as StreamAuthor, command, {
            ...submission,
            now: services.clock(),
          })
        : decideAndAppend(services, submitter as Submitter | null, command, submission),
  );
  // Every answer is counted, refusals by reason, so operators see what officers run into.
  services.metrics?.observeCommand(result);
  return result;
}

/**
 * Copies of one submission arriving at once (a double click, a client retrying on a timeout) are
 * decided one after another, so every copy after the first finds the stored event and answers
 * `replayed: true`. Decided side by side, they all appended the same event ids, which the store
 * takes idempotently, and several answered `replayed: false`. Per store, per process: copies
 * reaching two replicas at once are still stored once, but both may answer as the first.
 */
const inFlight = new WeakMap<object, OneAtATime>();
const sameSubmissionsOf = (store: object): OneAtATime => {
  const known = inFlight.get(store);
  if (known) return known;
  const queue = new OneAtATime();
  inFlight.set(store, queue);
  return queue;
};

/**
 * Decides a command exactly as `handleCommand` would (the same policy, the same validation, the
 * same decider against the same caught-up state) and writes nothing: a form asks it for every
 * issue at once before it submits. Null when the command would be accepted now.
 */
export const checkCommand = async (
  services: CommandServices,
  submitter: Submitter | null,
  command: Command,
  options: SubmissionOptions,
): Promise<Exclude<CommandResult, { kind: 'Succeeded' }> | null> => {
  // A fresh id: the check is no submission, so it can never be taken for a resubmission.
  const decision = await decideMany(services, submitter, [{ command, submissionId: randomUUID() }], options);
  const outcome = decision.outcomes[0]!;
  return outcome.kind === 'Accepted' || outcome.kind === 'Succeeded' ? null : outcome;
};

// A unit's officers write a few events a minute: losing this many rounds in a row means something
// else is writing the unit flat out, and the submitter is better told so.
const ROUNDS = 5;

const decideAndAppend = async (
  services: CommandServices,
  submitter: Submitter | null,
  command: Command,
  submission: CommandSubmission,
): Promise<CommandResult> => {
  const { submissionId, ...options } = submission;
  for (let round = 1; ; round++) {
    const decision = await decideMany(services, submitter, [{ command, submissionId }], options);
    const outcome = decision.outcomes[0]!;
    if (outcome.kind !== 'Accepted') return outcome;
    const write = decision.writes[0]!;
    try {
      const appended = await services.store.append(write.streamId, write.events, {
        expectedRevision: write.expectedRevision,
        dataChecked: true,
      });
      write.appended();
      return {
        kind: 'Succeeded',
        type: outcome.type,
        id: outcome.id,
        streamId: outcome.streamId,
        revision: outcome.revision,
        position: appended.position,
        replayed: false,
      };
    } catch (error) {
      // Someone appended to the unit meanwhile (maybe this very submission, from another replica).
      if (error instanceof WrongExpectedRevisionError && round < ROUNDS) continue;
      return appendRefusal(error, submissionId);
    }
  }
};

/** What a failed append means to the submitter; anything else is a fault and is rethrown. */
const appendRefusal = (
  error: unknown,
  submissionId: string,
): Refusal | ReturnType<typeof submissionReused> => {
  if (error instanceof WrongExpectedRevisionError) {
    return {
      kind: 'Conflict',
      message: `${error.streamId} was changed by someone else meanwhile: reload and submit again`,
      streamId: error.streamId,
    };
  }
  if (error instanceof DuplicateEventIdError) return submissionReused(submissionId);
  if (error instanceof InvalidEventError) return { kind: 'ValidationFailed', issues: error.issues };
  throw error;
};

export interface BatchCommit {
  /**
   * True when every command's events are stored (or were already): all or nothing for one unit's
   * batch; a batch of the chair's targets over several target streams is written stream by stream.
   */
  readonly committed: boolean;
  readonly outcomes: readonly BatchOutcome[];
  /** Why it was not written although every command was accepted (someone kept writing meanwhile). */
  readonly failure?: CommandResult;
  readonly eventsWritten: number;
}

/**
 * Decides a batch and, when every command is accepted or already stored, appends each boundary's
 * events in one single-stream append (a regional batch is one unit's: one append, atomic on every
 * store); otherwise writes nothing. Someone appending to the unit meanwhile makes it decide again.
 */
export const handleMany = async (
  services: CommandServices,
  submitter: Submitter | null,
  items: readonly BatchItem[],
  options: SubmissionOptions,
): Promise<BatchCommit> => {
  for (let round = 1; ; round++) {
    const decision = await decideMany(services, submitter, items, options);
    if (!decision.allAccepted) return { committed: false, outcomes: decision.outcomes, eventsWritten: 0 };
    let eventsWritten = 0;
    try {
      for (const write of decision.writes) {
        await services.store.append(write.streamId, write.events, {
          expectedRevision: write.expectedRevision,
          dataChecked: true,
        });
        write.appended();
        eventsWritten += write.events.length;
      }
    } catch (error) {
      if (error instanceof WrongExpectedRevisionError && round < ROUNDS) continue;
      const failure = appendRefusal(error, submissionOfEvent(decision, error));
      return { committed: false, outcomes: decision.outcomes, failure, eventsWritten };
    }
    return { committed: true, outcomes: decision.outcomes, eventsWritten };
  }
};

/** The submission whose event id the store refused as used before. */
const submissionOfEvent = (decision: { readonly writes: readonly StreamWrite[] }, error: unknown): string => {
  if (!(error instanceof DuplicateEventIdError)) return '';
  for (const write of decision.writes) {
    const event = write.events.find((e) => e.id === error.eventId);
    if (event) return event.metadata.submissionId;
  }
  return '';
};
