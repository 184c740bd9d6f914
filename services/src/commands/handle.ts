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

export interface CommandSubmission extends Omit<SubmissionOptions, 'onProgress'> {
  readonly submissionId: string;
}

/**
 * The one path every write takes (forms, API, import, demo data): authorise, validate, load the
 * streams the command refers to, decide, and append with the expected revision of every stream
 * it writes, in one `appendMany`.
 *
 * Consistency across streams: a transformation writes its own stream and records the removal on
 * each risk's stream (and the implementation on each recommendation's), each guarded by the
 * revision the decision read. If another officer changed any of them meanwhile, the whole append
 * is refused and the answer is a Conflict naming that stream; the embedded store commits all or
 * nothing. EventStoreDB appends stream by stream: the event ids derive from the submission id, so
 * resending the same submission completes a partial write without duplicating anything.
 *
 * Streams only read (the risk a recommendation or a case names) are checked when deciding but not
 * guarded: the store takes no append without events, and a withdrawal landing in between is
 * harmless to the KPIs, which drop everything that refers only to a withdrawn risk.
 */
export const handleCommand = async (
  services: CommandServices,
  submitter: Submitter | null,
  command: Command,
  submission: CommandSubmission,
): Promise<CommandResult> => {
  const result = await sameSubmissionsOf(services.store).run(submission.submissionId, () =>
    decideAndAppend(services, submitter, command, submission),
  );
  // Every answer is counted, refusals by reason, so operators see what officers run into.
  services.metrics?.observeCommand(result);
  return result;
};

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

const decideAndAppend = async (
  services: CommandServices,
  submitter: Submitter | null,
  command: Command,
  submission: CommandSubmission,
): Promise<CommandResult> => {
  const { submissionId, ...options } = submission;
  const decision = await decideMany(services, submitter, [{ command, submissionId }], options);
  const outcome = decision.outcomes[0]!;
  if (outcome.kind !== 'Accepted') return outcome;
  try {
    const results = await services.store.appendMany(decision.writes);
    const appended = results[decision.writes.findIndex((w) => w.streamId === outcome.streamId)]!;
    return {
      kind: 'Succeeded',
      type: outcome.type,
      id: outcome.id,
      streamId: outcome.streamId,
      revision: appended.nextExpectedRevision,
      position: appended.position,
      replayed: false,
    };
  } catch (error) {
    const refusal = appendRefusal(error, submissionId);
    if (refusal.kind !== 'Conflict') return refusal;
    // The same submission may have raced itself (a double click): then it answers as stored.
    const again = await decideMany(services, submitter, [{ command, submissionId }], options);
    const replay = again.outcomes[0]!;
    return replay.kind === 'Succeeded' && replay.replayed ? replay : refusal;
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
  /** True when every command's events are stored (or were already): all or nothing. */
  readonly committed: boolean;
  readonly outcomes: readonly BatchOutcome[];
  /** Why nothing was written although every command was accepted (someone wrote meanwhile). */
  readonly failure?: CommandResult;
  readonly eventsWritten: number;
}

/**
 * Decides a batch and, when every command is accepted or already stored, appends all of it in
 * one `appendMany` (atomic on the embedded store); otherwise writes nothing.
 */
export const handleMany = async (
  services: CommandServices,
  submitter: Submitter | null,
  items: readonly BatchItem[],
  options: SubmissionOptions,
): Promise<BatchCommit> => {
  const decision = await decideMany(services, submitter, items, options);
  if (!decision.allAccepted) return { committed: false, outcomes: decision.outcomes, eventsWritten: 0 };
  if (decision.writes.length === 0) return { committed: true, outcomes: decision.outcomes, eventsWritten: 0 };
  try {
    await services.store.appendMany(decision.writes);
  } catch (error) {
    const failure = appendRefusal(error, submissionOfEvent(decision, error));
    return { committed: false, outcomes: decision.outcomes, failure, eventsWritten: 0 };
  }
  const eventsWritten = decision.writes.reduce((n, w) => n + w.events.length, 0);
  return { committed: true, outcomes: decision.outcomes, eventsWritten };
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
