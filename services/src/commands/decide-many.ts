import {
  type Channel,
  CURRENT_SCHEMA_VERSION,
  type DomainEvent,
  type EventMetadata,
  type RegionCode,
} from '@kpi/schema';
import { submitRegionOf } from '../identity/policy.ts';
import type { Submitter } from '../identity/viewer.ts';
import type { EventStore, NewEvent, StreamWrite } from '../store/port.ts';
import { type AggregateStates, subjectOf } from './aggregate-states.ts';
import { authorityFor } from './authority.ts';
import { type BoundaryState, boundaryState } from './boundary-state.ts';
import { type Command, type CommandType, type DecidableCommand, subjectIdOf } from './command.ts';
import { type CommandResult, submissionReused } from './command-result.ts';
import type { CommandServices } from './command-services.ts';
import { boundaryOf, decide, thingOf } from './decide.ts';
import { toDecidable } from './prepare.ts';
import { CommandRefusedError, type Refusal } from './refusal.ts';
import { replayOf } from './replay.ts';
import { submissionEventId } from './submission-ids.ts';
import { SEEDED_UNITS, type UnitCatalogue } from './unit-catalogue.ts';
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

/** Decided and ready to append: its boundary's stream, and its thing's version once appended. */
export interface CommandAccepted {
  readonly kind: 'Accepted';
  readonly type: CommandType;
  readonly id: string;
  readonly streamId: string;
  readonly revision: number;
}

export type BatchOutcome = CommandAccepted | CommandResult;

/** The accepted commands' events for one boundary's stream, appended with its expected revision. */
export interface BoundaryWrite extends StreamWrite {
  readonly expectedRevision: number | 'no_stream';
  readonly events: readonly NewEvent[];
  /** Once appended whole: the write side keeps the decision instead of reading it back. */
  readonly appended: () => void;
}

export interface BatchDecision {
  /** One per item, in order. */
  readonly outcomes: readonly BatchOutcome[];
  /** One write per boundary: a unit's submissions all go to its one stream. */
  readonly writes: readonly BoundaryWrite[];
  /** True when every item was accepted or is a resubmission: the writes may be committed. */
  readonly allAccepted: boolean;
}

type Prepared = ReturnType<typeof toDecidable>;

/** What a batch decided against one boundary so far, in a layer over the kept state. */
interface Decided {
  readonly boundary: BoundaryState;
  readonly layer: AggregateStates;
  readonly decidedAt: number | null;
  readonly events: NewEvent[];
  readonly kept: { readonly id: string; readonly version: number }[];
}

/**
 * Decides commands in order against their boundaries' caught-up states and what earlier commands
 * of the same batch decided, without appending. Reads the store only to compare a resubmission
 * with its stored event; `recordedAt` and "now" come in.
 */
export const decideBatch = async (
  store: EventStore,
  items: readonly {
    readonly submissionId: string;
    readonly prepared: Prepared;
    readonly expectedRevision?: number;
  }[],
  boundaries: ReadonlyMap<string, BoundaryState>,
  context: {
    /** Who submits, and the region their events' metadata records (none for a central body's officer). */
    readonly submitter: { readonly userId: string; readonly region: RegionCode | null };
    readonly recordedAt: string;
    readonly correlationId: string;
    readonly channel: Channel;
    readonly onProgress?: (decided: number, total: number) => void;
    /** Awaited after each command when given (a large import lets other requests in). */
    readonly breathe?: () => Promise<void> | undefined;
    /** The catalogue of central bodies a command naming one is decided against. */
    readonly units?: UnitCatalogue;
  },
): Promise<BatchDecision> => {
  const decided = new Map<string, Decided>();
  const seenSubmissions = new Set<string>();
  const decidedIn = (streamId: string): Decided => {
    let known = decided.get(streamId);
    if (!known) {
      const boundary = boundaries.get(streamId)!;
      const layer = boundary.states.layer();
      known = { boundary, layer, decidedAt: boundary.revision, events: [], kept: [] };
      decided.set(streamId, known);
    }
    return known;
  };

  // Synchronous unless the submission was stored before (then its event is read back): a
  // 100,000-row import decides its new rows without an await each.
  const decideOne = (item: (typeof items)[number]): BatchOutcome | Promise<BatchOutcome> => {
    const { submissionId, prepared } = item;
    if (!prepared.ok) return prepared.refusal;
    if (seenSubmissions.has(submissionId)) return submissionReused(submissionId);
    seenSubmissions.add(submissionId);
    const command = prepared.command;
    const target = decidedIn(boundaryOf(command));
    // Derived once: the check for a resubmission and the new event's id are the same hash.
    const primaryId = submissionEventId(submissionId, 0);
    if (target.boundary.submission(primaryId) !== undefined) {
      return replayOf(store, target.boundary, command, submissionId, context.submitter.region).then(
        (replay) => replay ?? decideNew(item, command, target, primaryId),
      );
    }
    return decideNew(item, command, target, primaryId);
  };

  const decideNew = (
    item: (typeof items)[number],
    command: DecidableCommand,
    target: Decided,
    primaryId: string,
  ): BatchOutcome => {
    const { submissionId } = item;
    const thing = thingOf(command);
    const conflict = staleVersion(thing, item.expectedRevision, target.layer.versionOf(thing));
    if (conflict) return conflict;
    let events: DomainEvent[];
    try {
      events = decide(command, target.layer, context.units ?? SEEDED_UNITS);
    } catch (error) {
      if (error instanceof CommandRefusedError) return error.refusal;
      throw error;
    }
    const metadata = metadataFactory(submissionId, context);
    events.forEach((event, index) => {
      target.layer.apply(event);
      const id = index === 0 ? primaryId : submissionEventId(submissionId, index);
      target.events.push({ id, ...event, metadata: metadata(event.type) });
      const subject = subjectOf(event);
      target.kept.push({ id, version: subject === null ? 0 : (target.layer.versionOf(subject) ?? 0) });
    });
    return accepted(command, target.boundary.streamId, target.layer.versionOf(thing) ?? 0);
  };

  const outcomes: BatchOutcome[] = [];
  for (const [index, item] of items.entries()) {
    const outcome = decideOne(item);
    outcomes.push(outcome instanceof Promise ? await outcome : outcome);
    if ((index + 1) % 1000 === 0 || index + 1 === items.length) context.onProgress?.(index + 1, items.length);
    const pause = context.breathe?.();
    if (pause) await pause;
  }
  const writes = [...decided.values()]
    .filter((d) => d.events.length > 0)
    .map(
      ({ boundary, layer, decidedAt, events, kept }): BoundaryWrite => ({
        streamId: boundary.streamId,
        expectedRevision: decidedAt ?? 'no_stream',
        events,
        appended: () => boundary.keep(decidedAt, layer, kept),
      }),
    );
  const allAccepted = outcomes.every((o) => o.kind === 'Accepted' || (o.kind === 'Succeeded' && o.replayed));
  return { outcomes, writes, allAccepted };
};

/** A client that sent the version of the thing it saw hears when the thing changed since. */
const staleVersion = (thing: string, expected: number | undefined, actual: number | null): Refusal | null =>
  expected === undefined || expected === actual
    ? null
    : {
        kind: 'Conflict',
        message: `it changed since you saw it (revision ${expected}, now ${actual ?? 'none'}): reload and submit again`,
        streamId: thing,
      };

const metadataFactory = (
  submissionId: string,
  context: Parameters<typeof decideBatch>[3],
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
 * Validates, catches up and decides a list of commands as one submission batch, without
 * appending: the import checks every row (a dry run reports them all) and then commits the unit's
 * one write. Each command keeps its own submission id, so importing the same file twice finds
 * every row already stored and writes nothing.
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
  const unit = authority.unit;
  const now = services.clock();
  // Validating a row costs microseconds; a 100,000-row import would hold the event loop for
  // seconds, so a long batch waits a turn every few milliseconds (a form's batch of one never does).
  const breathe = yieldingEvery();
  const prepared = [];
  for (const item of items) {
    prepared.push({
      submissionId: item.submissionId,
      prepared: toDecidable(item.command, item.submissionId, now, unit),
      expectedRevision: item.command?.expectedRevision,
    });
    const pause = breathe();
    if (pause) await pause;
  }
  const boundaries = new Map<string, BoundaryState>();
  for (const p of prepared) {
    if (!p.prepared.ok) continue;
    const streamId = boundaryOf(p.prepared.command);
    if (!boundaries.has(streamId)) boundaries.set(streamId, boundaryState(services.store, streamId));
  }
  for (const boundary of boundaries.values()) await boundary.catchUp(services.store, breathe);
  return decideBatch(services.store, prepared, boundaries, {
    submitter: { userId: submitter!.userId, region: submitRegionOf(submitter) },
    recordedAt: now.toISOString(),
    correlationId: options.correlationId,
    channel: options.channel,
    onProgress: options.onProgress,
    breathe,
    units: services.isCentralBody ? { isCentralBody: services.isCentralBody } : SEEDED_UNITS,
  });
};
