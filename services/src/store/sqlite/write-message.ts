import {
  type AppendResult,
  DuplicateEventIdError,
  type ExpectedRevision,
  WrongExpectedRevisionError,
} from '../port.ts';
import type { PreparedEvent } from '../validate-new-events.ts';
import type { PreparedWrite } from './append-writes.ts';

/**
 * How one append travels to the writer thread and back. Events go as one flat array of their
 * five values rather than as objects: the structured clone then copies strings, not shapes.
 */
export interface WriteRequest {
  readonly seq: number;
  readonly streamIds: readonly string[];
  readonly expected: readonly ExpectedRevision[];
  /** Events per write, in order. */
  readonly counts: readonly number[];
  /** id, type, schemaVersion, dataJson, metadataJson of every event, write after write. */
  readonly events: readonly (string | number)[];
  /** A large single-stream append comes in parts: this is the first, the others follow it. */
  readonly parts: number;
}

/** A later part of a request, or word that the append was refused while it was being sent. */
export type PartMessage =
  | { readonly seq: number; readonly part: number; readonly events: readonly (string | number)[] }
  | { readonly seq: number; readonly abort: true };

export type WriteReply =
  | { readonly seq: number; readonly results: readonly AppendResult[] }
  | { readonly seq: number; readonly error: SentError };

/** An error as it crosses the thread boundary: the port's typed errors keep their fields. */
export type SentError =
  | {
      readonly kind: 'wrong_expected_revision';
      readonly streamId: string;
      readonly expected: ExpectedRevision;
      readonly actual: number | 'no_stream';
    }
  | { readonly kind: 'duplicate_event_id'; readonly eventId: string }
  | {
      readonly kind: 'other';
      readonly name: string;
      readonly message: string;
      readonly fields: Readonly<Record<string, unknown>>;
    };

const EVENT_WIDTH = 5;

/** How many events a request carries. */
export const eventsIn = (request: WriteRequest): number => request.events.length / EVENT_WIDTH;

export const flatEvents = (events: readonly PreparedEvent[]): (string | number)[] => {
  const flat: (string | number)[] = new Array(events.length * EVENT_WIDTH);
  for (let i = 0, k = 0; i < events.length; i++, k += EVENT_WIDTH) {
    const event = events[i]!;
    flat[k] = event.id;
    flat[k + 1] = event.type;
    flat[k + 2] = event.schemaVersion;
    flat[k + 3] = event.dataJson;
    flat[k + 4] = event.metadataJson;
  }
  return flat;
};

export const unflatEvents = (
  flat: readonly (string | number)[],
  into: PreparedEvent[] = [],
): PreparedEvent[] => {
  for (let k = 0; k < flat.length; k += EVENT_WIDTH) {
    into.push({
      id: flat[k] as string,
      type: flat[k + 1] as string,
      schemaVersion: flat[k + 2] as number,
      dataJson: flat[k + 3] as string,
      metadataJson: flat[k + 4] as string,
    });
  }
  return into;
};

export const toWriteRequest = (seq: number, writes: readonly PreparedWrite[]): WriteRequest => ({
  seq,
  streamIds: writes.map((w) => w.streamId),
  expected: writes.map((w) => w.expectedRevision),
  counts: writes.map((w) => w.events.length),
  events: flatEvents(writes.flatMap((w) => w.events)),
  parts: 1,
});

/** The writes of a request; the events of a request in parts hold its first part until `arriving` fetches more. */
export const fromWriteRequest = (
  request: WriteRequest,
  arriving?: PreparedWrite['arriving'],
): PreparedWrite[] => {
  const events = unflatEvents(request.events);
  let from = 0;
  return request.streamIds.map((streamId, w) => {
    const count = request.counts[w]!;
    const own = arriving ? events : events.slice(from, from + count);
    from += count;
    return { streamId, expectedRevision: request.expected[w]!, events: own, arriving };
  });
};

export const sendError = (error: unknown): SentError => {
  if (error instanceof WrongExpectedRevisionError) {
    const { streamId, expected, actual } = error;
    return { kind: 'wrong_expected_revision', streamId, expected, actual };
  }
  if (error instanceof DuplicateEventIdError) return { kind: 'duplicate_event_id', eventId: error.eventId };
  const { name, message } = error instanceof Error ? error : new Error(String(error));
  // SQLite's own fields (code, errcode, errstr) go along, so a full disk still reads as one.
  const fields: Record<string, unknown> = {};
  if (typeof error === 'object' && error !== null) {
    for (const [key, value] of Object.entries(error)) {
      if (value === null || ['string', 'number', 'boolean'].includes(typeof value)) fields[key] = value;
    }
  }
  return { kind: 'other', name, message, fields };
};

export const receiveError = (sent: SentError): Error => {
  switch (sent.kind) {
    case 'wrong_expected_revision':
      return new WrongExpectedRevisionError(sent.streamId, sent.expected, sent.actual);
    case 'duplicate_event_id':
      return new DuplicateEventIdError(sent.eventId);
    case 'other':
      return Object.assign(new Error(sent.message), sent.fields, { name: sent.name });
  }
};
