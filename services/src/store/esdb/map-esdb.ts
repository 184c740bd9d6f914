import {
  type AllStreamResolvedEvent,
  ANY,
  type AppendExpectedRevision,
  type EventData,
  jsonEvent,
  NO_STREAM,
  type Position,
  type ReadPosition,
  type ResolvedEvent,
  START,
  STREAM_EXISTS,
} from '@eventstore/db-client';
import { type EventMetadata, upcast } from '@kpi/schema';
import type { ExpectedRevision, RecordedEvent } from '../port.ts';
import type { PreparedEvent } from '../validate-new-events.ts';

/**
 * Mapping between the port and EventStoreDB. A port position is the event's commit position in
 * the log: every append is an implicit transaction, in which each event is committed at its own
 * log position (commit = prepare), so commit positions are unique and increase in $all order.
 */

export const toEsdbExpectedRevision = (expected: ExpectedRevision): AppendExpectedRevision => {
  if (expected === 'any') return ANY;
  if (expected === 'no_stream') return NO_STREAM;
  if (expected === 'stream_exists') return STREAM_EXISTS;
  return BigInt(expected);
};

export const fromEsdbRevision = (revision: bigint | 'no_stream' | string): number | 'no_stream' =>
  typeof revision === 'bigint' && revision >= 0n ? toSafeNumber(revision) : 'no_stream';

/** The position to start after `after` (0: the start of the log). */
export const toReadPosition = (after: number): ReadPosition =>
  after <= 0 ? START : { commit: BigInt(after), prepare: BigInt(after) };

/** Servers that cannot say a stream read event's position send the largest unsigned 64-bit value. */
const UNKNOWN_POSITION = 2n ** 63n;

export const fromEsdbPosition = (position: Position | undefined): number =>
  position && position.commit < UNKNOWN_POSITION ? toSafeNumber(position.commit) : -1;

const toSafeNumber = (value: bigint): number => {
  if (value > BigInt(Number.MAX_SAFE_INTEGER)) throw new RangeError(`position ${value} exceeds 2^53`);
  return Number(value);
};

export const toEventData = (event: PreparedEvent): EventData =>
  jsonEvent({
    id: event.id,
    type: event.type,
    data: JSON.parse(event.dataJson) as Record<string, unknown>,
    metadata: JSON.parse(event.metadataJson) as Record<string, unknown>,
  });

/** System events ($stats, $metadata, links) are the server's own, never the domain's. */
export const isDomainEvent = (resolved: ResolvedEvent | AllStreamResolvedEvent): boolean => {
  const event = resolved.event;
  return event?.isJson === true && !event.type.startsWith('$') && !event.streamId.startsWith('$');
};

export const toRecordedEvent = (resolved: ResolvedEvent | AllStreamResolvedEvent): RecordedEvent => {
  const event = resolved.event!;
  const metadata = event.metadata as EventMetadata;
  return {
    id: event.id,
    streamId: event.streamId,
    type: event.type,
    revision: Number(event.revision),
    position: fromEsdbPosition(event.position),
    data: upcast(event.type, metadata.schemaVersion, event.data),
    metadata,
  };
};

/** The data as stored (before upcasting), serialised as the store compares it. */
export const storedDataJson = (resolved: ResolvedEvent): string => JSON.stringify(resolved.event!.data);
