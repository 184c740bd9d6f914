import {
  type Channel,
  CURRENT_SCHEMA_VERSION,
  type DomainEvent,
  type EventMetadata,
  type RegionCode,
  streamCategory,
} from '@kpi/schema';
import type { Submitter } from '../identity/viewer.ts';
import type { NewEvent, StreamWrite } from '../store/port.ts';
import { authorityFor } from './authority.ts';
import { type Command, type CommandType, type DecidableCommand, subjectIdOf } from './command.ts';
import { type CommandResult, submissionReused } from './command-result.ts';
import type { CommandServices } from './command-services.ts';
import { decide, streamOf, streamsRead } from './decide.ts';
import { type LoadedStreams, loadStreams, statesOf } from './loaded-streams.ts';
import { toDecidable } from './prepare.ts';
import { CommandRefusedError, type Refusal } from './refusal.ts';
import { replayOf } from './replay.ts';
import { submissionEventId } from './submission-ids.ts';
import { yieldingEvery } from './yielding.ts';

export interface BatchItem {
  readonly command: Command;
  /** Unique per submission: a form's, or for an import row e.g. the file's hash and the line. */
  readonly submissionId: string;
}

export interface SubmissionOptions {
  readonly correlationId: string;
  readonly channel: Channel;
  /** Called as commands are decided, e.g. every 1,000 of a large import. */
  readonly onProgress?: (decided: number, total: number) => void;
}

/** Decided and ready to append: the revision its primary event will have once appended. */
export interface CommandAccepted {
  readonly kind: 'Accepted';
  readonly type: CommandType;
  readonly id: string;
  readonly streamId: string;
  readonly revision: number;
}

export type BatchOutcome = CommandAccepted | CommandResult;

export interface BatchDecision {
  /** One per item, in order. */
  readonly outcomes: readonly BatchOutcome[];
  /** Every accepted command's events, one write per stream with its expected revision. */
  readonly writes: readonly StreamWrite[];
  /** True when every item was accepted or is a resubmission: the writes may be committed. */
  readonly allAccepted: boolean;
}

type Prepared = ReturnType<typeof toDecidable>;

interface PendingWrite {
  readonly streamId: string;
  readonly expectedRevision: number | 'no_stream';
  readonly events: NewEvent[];
  revision: number;
}

// Writes go in this order so that an event is positioned after what it refers to (a removal
// after its risk, a transformation after the risks and recommendations it names), and the
// primary event of a transformation comes after its guards: on EventStoreDB, which appends
// stream by stream, the event the KPIs count is written only once every guard has passed.
const CATEGORY_ORDER: Readonly<Record<string, number>> = {
  risk: 0,
  recommendation: 1,
  right: 2,
  transformation: 3,
};
const rank = (streamId: string) => CATEGORY_ORDER[streamCategory(streamId)] ?? 4;

/**
 * Decides commands in order against the loaded streams and what earlier commands of the same
 * batch decided, without appending. Pure: `recordedAt` and "now" come in.
 */
export const decideBatch = async (
  items: readonly {
    readonly submissionId: string;
    readonly prepared: Prepared;
    readonly expectedRevision?: number;
  }[],
  loaded: LoadedStreams,
  context: {
    readonly submitter: { readonly userId: string; readonly region: RegionCode | null };
    readonly recordedAt: string;
    readonly correlationId: string;
    readonly channel: Channel;
    readonly onProgress?: (decided: number, total: number) => void;
    /** Awaited after each command when given (a large import lets other requests in). */
    readonly breathe?: () => Promise<void> | undefined;
  },
): Promise<BatchDecision> => {
  const states = statesOf(loaded);
  const pending = new Map<string, PendingWrite>();
  const seenSubmissions = new Set<string>();
  const revisionOf = (streamId: string) =>
    pending.get(streamId)?.revision ?? loaded.get(streamId)?.revision ?? null;

  const decideOne = (item: (typeof items)[number]): BatchOutcome => {
    const { submissionId, prepared } = item;
    if (!prepared.ok) return prepared.refusal;
    if (seenSubmissions.has(submissionId)) return submissionReused(submissionId);
    seenSubmissions.add(submissionId);
    const command = prepared.command;
    const primary = streamsRead(command)[0]!;
    const replay = replayOf(loaded.get(primary), command, submissionId, context.submitter.region);
    if (replay) return replay;
    const conflict = staleRevision(primary, item.expectedRevision, revisionOf(primary));
    if (conflict) return conflict;
    let events: DomainEvent[];
    try {
      events = decide(command, states);
    } catch (error) {
      if (error instanceof CommandRefusedError) return error.refusal;
      throw error;
    }
    const metadata = metadataFactory(submissionId, context);
    events.forEach((event, index) => {
      states.apply(event);
      const streamId = streamOf(event);
      const write = pending.get(streamId) ?? pendingWrite(streamId, loaded);
      pending.set(streamId, write);
      write.events.push({
        id: submissionEventId(submissionId, index),
        ...event,
        metadata: metadata(event.type),
      });
      write.revision += 1;
    });
    return accepted(command, primary, revisionOf(primary)!);
  };

  const outcomes: BatchOutcome[] = [];
  for (const [index, item] of items.entries()) {
    outcomes.push(decideOne(item));
    if ((index + 1) % 1000 === 0 || index + 1 === items.length) context.onProgress?.(index + 1, items.length);
    const pause = context.breathe?.();
    if (pause) await pause;
  }
  const writes = [...pending.values()]
    .sort((a, b) => rank(a.streamId) - rank(b.streamId))
    .map(({ streamId, expectedRevision, events }) => ({ streamId, expectedRevision, events }));
  const allAccepted = outcomes.every((o) => o.kind === 'Accepted' || (o.kind === 'Succeeded' && o.replayed));
  return { outcomes, writes, allAccepted };
};

const pendingWrite = (streamId: string, loaded: LoadedStreams): PendingWrite => {
  const revision = loaded.get(streamId)?.revision ?? null;
  return { streamId, expectedRevision: revision ?? 'no_stream', events: [], revision: revision ?? -1 };
};

const staleRevision = (
  streamId: string,
  expected: number | undefined,
  actual: number | null,
): Refusal | null =>
  expected === undefined || expected === actual
    ? null
    : {
        kind: 'Conflict',
        message: `it changed since you saw it (revision ${expected}, now ${actual ?? 'none'}): reload and submit again`,
        streamId,
      };

const metadataFactory = (
  submissionId: string,
  context: Parameters<typeof decideBatch>[2],
): ((type: DomainEvent['type']) => EventMetadata) => {
  // One object per type and submission: the store checks and serialises shared metadata once.
  const byType = new Map<string, EventMetadata>();
  return (type) => {
    let metadata = byType.get(type);
    if (metadata === undefined) {
      metadata = {
        recordedAt: context.recordedAt,
        submittedBy: context.submitter.userId,
        region: context.submitter.region,
        submissionId,
        correlationId: context.correlationId,
        channel: context.channel,
        schemaVersion: CURRENT_SCHEMA_VERSION[type],
      };
      byType.set(type, metadata);
    }
    return metadata;
  };
};

const accepted = (command: DecidableCommand, streamId: string, revision: number): CommandAccepted => ({
  kind: 'Accepted',
  type: command.type,
  id: subjectIdOf(command),
  streamId,
  revision,
});

/**
 * Validates, loads and decides a list of commands as one submission batch, without appending:
 * the import checks every row (a dry run reports them all) and commits the writes in one
 * `appendMany`, all rows or none. Each command keeps its own submission id, so importing the
 * same file twice finds every row already stored and writes nothing.
 */
export const decideMany = async (
  services: CommandServices,
  submitter: Submitter | null,
  items: readonly BatchItem[],
  options: SubmissionOptions,
): Promise<BatchDecision> => {
  const authority = authorityFor(
    submitter,
    items.map((item) => item.command ?? {}),
  );
  if (!authority.ok) return { outcomes: items.map(() => authority.refusal), writes: [], allAccepted: false };
  const region = authority.region;
  const now = services.clock();
  // Validating a row costs microseconds; a 100,000-row import would hold the event loop for
  // seconds, so a long batch waits a turn every few milliseconds (a form's batch of one never does).
  const breathe = yieldingEvery();
  const prepared = [];
  for (const item of items) {
    prepared.push({
      submissionId: item.submissionId,
      prepared: toDecidable(item.command, item.submissionId, now, region),
      expectedRevision: item.command?.expectedRevision,
    });
    const pause = breathe();
    if (pause) await pause;
  }
  const streamIds = prepared.flatMap((p) => (p.prepared.ok ? streamsRead(p.prepared.command) : []));
  const loaded = await loadStreams(services.store, streamIds, breathe);
  return decideBatch(prepared, loaded, {
    submitter: { userId: submitter!.userId, region },
    recordedAt: now.toISOString(),
    correlationId: options.correlationId,
    channel: options.channel,
    onProgress: options.onProgress,
    breathe,
  });
};
