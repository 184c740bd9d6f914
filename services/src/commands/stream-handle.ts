import { CURRENT_SCHEMA_VERSION, type EventMetadata, type FieldIssue } from '@kpi/schema';
import {
  type AppendResult,
  DuplicateEventIdError,
  type EventStore,
  InvalidEventError,
  type NewEvent,
  type RecordedEvent,
  type StreamWrite,
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
 * holds the event its submission id names) answers `replayed: true` and stores nothing.
 */
export const decideOnStream = async (
  store: EventStore,
  author: StreamAuthor,
  { streamId, decider, command }: StreamCommand,
  submission: { readonly submissionId: string; readonly now: Date } & Omit<SubmissionOptions, 'onProgress'>,
): Promise<StreamCommandResult> => {
  const eventId = (index: number) => streamEventId(streamId, author.userId, submission.submissionId, index);
  for (let round = 1; ; round++) {
    const history = await store.readStream(streamId);
    if (history.some((event) => event.id === eventId(0))) {
      // Answered as the first time: the last event this submission recorded on the stream.
      const own = history.findLast((event) => isOwn(event, author, submission.submissionId));
      return succeeded(command.type, streamId, own, history, true);
    }
    let decided: readonly DecidedEvent[];
    try {
      decided = decider.decide(command, foldStream(decider, history));
    } catch (error) {
      if (error instanceof CommandRefusedError) return error.refusal;
      throw error;
    }
    if (decided.length === 0) return succeeded(command.type, streamId, history.at(-1), history, false);
    const metadata = metadataOf(author, submission);
    const writes = writesOf(streamId, history.at(-1)?.revision, decided, (event, index) => ({
      id: eventId(index),
      type: event.type,
      data: event.data,
      metadata: metadata(event.type),
    }));
    try {
      const appended = await appendAll(store, writes);
      return {
        kind: 'Succeeded',
        type: command.type,
        streamId,
        revision: (history.at(-1)?.revision ?? -1) + writes[0]!.events.length,
        position: Math.max(...appended.map((result) => result.position)),
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

/** The command's own stream first (with the revision read), then each new stream it opens. */
const writesOf = (
  streamId: string,
  revision: number | undefined,
  decided: readonly DecidedEvent[],
  toNew: (event: DecidedEvent, index: number) => NewEvent,
): StreamWrite[] => {
  const own: NewEvent[] = [];
  const opened = new Map<string, NewEvent[]>();
  decided.forEach((event, index) => {
    const recorded = toNew(event, index);
    if (event.newStream === undefined) own.push(recorded);
    else opened.set(event.newStream, [...(opened.get(event.newStream) ?? []), recorded]);
  });
  const writes: StreamWrite[] = [
    { streamId, events: own, expectedRevision: revision ?? 'no_stream' },
    ...[...opened].map(([id, events]) => ({ streamId: id, events, expectedRevision: 'no_stream' as const })),
  ];
  return writes.filter((write) => write.events.length > 0);
};

/**
 * One stream is one append. A decision that opens a new thing beside its own (a user beside the
 * username it reserves) writes both in one `appendMany`, own stream first: all or nothing on
 * the embedded store, stream by stream in that order on EventStoreDB.
 */
const appendAll = (store: EventStore, writes: readonly StreamWrite[]): Promise<AppendResult[]> =>
  writes.length === 1
    ? store.append(writes[0]!.streamId, writes[0]!.events, writes[0]!).then((result) => [result])
    : store.appendMany(writes);

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
