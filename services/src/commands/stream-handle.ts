import { CURRENT_SCHEMA_VERSION, type EventMetadata, type FieldIssue } from '@kpi/schema';
import {
  DuplicateEventIdError,
  type EventStore,
  InvalidEventError,
  type NewEvent,
  type RecordedEvent,
  WrongExpectedRevisionError,
} from '../store/port.ts';
import { type SubmissionReused, submissionReused } from './command-result.ts';
import type { SubmissionOptions } from './decide-many.ts';
import { CommandRefusedError, type Refusal } from './refusal.ts';
import { type DecidedEvent, foldStream, type StreamCommand } from './stream-decider.ts';
import { streamEventId } from './submission-ids.ts';

/** Who records a change on a thing's own stream: a signed-in person, or `system` at start-up. */
export interface StreamAuthor {
  readonly userId: string;
}

export interface StreamSucceeded {
  readonly kind: 'Succeeded';
  readonly type: string;
  readonly streamId: string;
  /** Revision of the stream's last event once decided (-1 while the stream is empty). */
  readonly revision: number;
  /**
   * Global position of the last event it recorded (on every stream it wrote), or of the stream's
   * last one when it recorded none (0 when empty): what a reader of its own write waits for.
   */
  readonly position: number;
  /** True when this answers a resubmission: nothing new was stored. */
  readonly replayed: boolean;
  /** True when the command changed nothing (the account has that role already, the rule is muted already). */
  readonly unchanged: boolean;
}

export type StreamCommandResult = StreamSucceeded | Refusal | SubmissionReused;

// These streams are one person's thing, changed a few times a day: losing this many rounds in a
// row means something writes it flat out.
const ROUNDS = 5;

/**
 * Decides a command against its thing's own stream and appends what it decided with the revision
 * it read; another write meanwhile makes it read and decide again. A resubmission (the stream
 * holds the event its submission id names) answers `replayed: true` and stores nothing; with
 * other content (the decider's `sameSubmission`) it is refused as SubmissionReused.
 */
export const decideOnStream = async (
  store: EventStore,
  author: StreamAuthor,
  { streamId, foundedOn, decider, command }: StreamCommand,
  submission: { readonly submissionId: string; readonly now: Date } & Omit<SubmissionOptions, 'onProgress'>,
): Promise<StreamCommandResult> => {
  const eventId = (index: number) => streamEventId(streamId, author.userId, submission.submissionId, index);
  for (let round = 1; ; round++) {
    const history = await store.readStream(streamId);
    const first = history.find((event) => event.id === eventId(0));
    if (first !== undefined) {
      if (decider.sameSubmission && !decider.sameSubmission(command, first)) {
        return submissionReused(submission.submissionId);
      }
      // Answered as the first time: the last event this submission recorded on the stream.
      const own = history.findLast((event) => isOwn(event, author, submission.submissionId));
      return succeeded(command.type, streamId, own, history, true);
    }
    let decided: readonly DecidedEvent[];
    try {
      const founding = foundedOn === undefined ? [] : await store.readStream(foundedOn);
      decided = decider.decide(command, foldStream(decider, [...founding, ...history]));
    } catch (error) {
      if (error instanceof CommandRefusedError) return error.refusal;
      throw error;
    }
    if (decided.length === 0) return succeeded(command.type, streamId, history.at(-1), history, false);
    const metadata = metadataOf(author, submission);
    const events: NewEvent[] = decided.map((event, index) => ({
      id: eventId(index),
      type: event.type,
      data: event.data,
      metadata: metadata(event.type),
    }));
    try {
      // One stream, one append, with the revision decided on: atomic on every store.
      const appended = await store.append(streamId, events, {
        expectedRevision: history.at(-1)?.revision ?? 'no_stream',
      });
      return {
        kind: 'Succeeded',
        type: command.type,
        streamId,
        revision: (history.at(-1)?.revision ?? -1) + events.length,
        position: appended.position,
        replayed: false,
        unchanged: false,
      };
    } catch (error) {
      if (error instanceof WrongExpectedRevisionError && round < ROUNDS) continue;
      return refusalOf(error, submission.submissionId);
    }
  }
};

const isOwn = (event: RecordedEvent, author: StreamAuthor, submissionId: string): boolean =>
  event.metadata.submissionId === submissionId && event.metadata.submittedBy === author.userId;

const succeeded = (
  type: string,
  streamId: string,
  event: RecordedEvent | undefined,
  history: readonly RecordedEvent[],
  replayed: boolean,
): StreamSucceeded => ({
  kind: 'Succeeded',
  type,
  streamId,
  revision: replayed ? (event?.revision ?? -1) : (history.at(-1)?.revision ?? -1),
  position: event?.position ?? 0,
  replayed,
  unchanged: !replayed,
});

const metadataOf = (
  author: StreamAuthor,
  submission: Parameters<typeof decideOnStream>[3],
): ((type: DecidedEvent['type']) => EventMetadata) => {
  return (type) => ({
    recordedAt: submission.now.toISOString(),
    submittedBy: author.userId,
    region: null,
    submissionId: submission.submissionId,
    correlationId: submission.correlationId,
    channel: submission.channel,
    schemaVersion: CURRENT_SCHEMA_VERSION[type],
  });
};

/** What a failed append means to the submitter; anything else is a fault and is rethrown. */
const refusalOf = (error: unknown, submissionId: string): Refusal | SubmissionReused => {
  if (error instanceof WrongExpectedRevisionError) {
    return {
      kind: 'Conflict',
      message: `${error.streamId} was changed by someone else meanwhile: reload and submit again`,
      streamId: error.streamId,
    };
  }
  if (error instanceof DuplicateEventIdError) return submissionReused(submissionId);
  if (error instanceof InvalidEventError)
    return { kind: 'ValidationFailed', issues: asFieldIssues(error.issues) };
  throw error;
};

/** The store names an event's field (`events.0.data.spec.measures`); the submitter knows it as `spec.measures`. */
const asFieldIssues = (issues: readonly FieldIssue[]): FieldIssue[] =>
  issues.map((issue) => ({
    ...issue,
    path: issue.path.replace(/^(writes\.\d+\.)?events\.\d+\.data\.?/, ''),
  }));
