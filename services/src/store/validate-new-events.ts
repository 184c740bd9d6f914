import {
  CURRENT_SCHEMA_VERSION,
  EVENT_SCHEMAS,
  EVENT_TYPES,
  EventMetadataSchema,
  type FieldIssue,
  isEventType,
  MAX_EVENT_DATA_BYTES,
  toFieldIssues,
} from '@kpi/schema';
import { type Acceptor, compileAcceptor, UNDECIDED } from './fast-accept.ts';
import { jsonSizeBound } from './json-size-bound.ts';
import { type ExpectedRevision, InvalidEventError, type NewEvent, type StreamWrite } from './port.ts';

/** An event that passed validation, with its data normalised by its schema and serialised once. */
export interface PreparedEvent {
  readonly id: string;
  readonly type: string;
  readonly schemaVersion: number;
  /** JSON of the normalised data (text trimmed, defaults filled): what the store keeps. */
  readonly dataJson: string;
  readonly metadataJson: string;
}

/** `xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx` in hex digits of either case; a loop costs less than a regex here. */
const isUuid = (id: string): boolean => {
  if (id.length !== 36) return false;
  for (let i = 0; i < 36; i++) {
    const c = id.charCodeAt(i);
    if (i === 8 || i === 13 || i === 18 || i === 23) {
      if (c !== 45) return false;
    } else if (!((c >= 48 && c <= 57) || (c >= 97 && c <= 102) || (c >= 65 && c <= 70))) return false;
  }
  return true;
};
const versions = CURRENT_SCHEMA_VERSION as Readonly<Record<string, number>>;

/**
 * Compiled once per event type: most events are valid and unchanged by their schema, and the
 * acceptor says so for a fraction of zod's cost. Anything it cannot vouch for goes to zod, which
 * alone refuses, names the fields, and normalises.
 */
const dataAcceptors = new Map<string, Acceptor | null>(
  EVENT_TYPES.map((t) => [t, compileAcceptor(EVENT_SCHEMAS[t])]),
);
const acceptMetadata = compileAcceptor(EventMetadataSchema);

/**
 * The data as the type's schema would return it, when the compiled acceptor can vouch for it
 * (checked and copied in the schema's key order, as zod's output), else UNDECIDED: zod decides.
 */
export const acceptEventData = (type: string, data: unknown): unknown => {
  const accept = dataAcceptors.get(type);
  return accept ? accept(data) : UNDECIDED;
};

/**
 * Checks one stream's batch before anything is written, so a bad event refuses the whole append.
 * Issues are prefixed with the event's index (`events.3.data.region`). The checks are those of
 * `validateEvent` from @kpi/schema (known type, at most MAX_EVENT_DATA_BYTES of UTF-8 JSON, the
 * type's schema), arranged for bulk: the size is first bounded without serialising (exact
 * measurement only when the bound exceeds the limit), and a metadata object shared by several
 * events of a batch (one submission) is checked and serialised once.
 */
export const prepareNewEvents = (
  streamId: string,
  events: readonly NewEvent[],
  issues: FieldIssue[],
  prefix = '',
  seenIds: Map<string, (field: string) => string> = new Map(),
  /** A slice of the batch (the store validates a large append in parts); checks of the whole come with the first. */
  from = 0,
  to = Array.isArray(events) ? events.length : 0,
  /** The data was parsed by its schema on the command path (`AppendOptions.dataChecked`). */
  dataChecked = false,
): PreparedEvent[] => {
  if (from > 0) return prepareEvents(events, issues, prefix, seenIds, from, to, dataChecked);
  if (
    typeof streamId !== 'string' ||
    streamId.length === 0 ||
    streamId.length > 200 ||
    streamId.startsWith('$')
  ) {
    issues.push({
      path: `${prefix}streamId`,
      code: 'invalid_stream',
      message: 'must be 1-200 characters and not start with $',
    });
  }
  if (!Array.isArray(events) || events.length === 0) {
    issues.push({ path: `${prefix}events`, code: 'too_small', message: 'must hold at least one event' });
    return [];
  }
  return prepareEvents(events, issues, prefix, seenIds, from, to, dataChecked);
};

const prepareEvents = (
  events: readonly NewEvent[],
  issues: FieldIssue[],
  prefix: string,
  seenIds: Map<string, (field: string) => string>,
  from: number,
  to: number,
  dataChecked: boolean,
): PreparedEvent[] => {
  const metadataChecked = new Map<unknown, string | null>();
  const prepared: PreparedEvent[] = [];
  for (let index = from; index < to; index++) {
    const event = events[index]!;
    // Paths are built only for issues: most batches have none.
    const at = (field: string) => `${prefix}events.${index}.${field}`;
    const before = issues.length;
    const id = typeof event.id === 'string' && isUuid(event.id) ? event.id.toLowerCase() : null;
    if (id === null) {
      issues.push({ path: at('id'), code: 'invalid_id', message: 'must be a UUID' });
    } else {
      const earlier = seenIds.get(id);
      if (earlier !== undefined) {
        issues.push({ path: at('id'), code: 'duplicate_id', message: `repeats ${earlier('id')}` });
      } else seenIds.set(id, at);
    }
    const dataJson = dataChecked
      ? checkedDataJson(event.type, event.data, at, issues)
      : checkData(event.type, event.data, at, issues);
    let metadataJson = metadataChecked.get(event.metadata);
    if (metadataJson === undefined) {
      const accepted = acceptMetadata ? acceptMetadata(event.metadata) : UNDECIDED;
      if (accepted !== UNDECIDED) metadataJson = JSON.stringify(accepted);
      else {
        const parsed = EventMetadataSchema.safeParse(event.metadata);
        metadataJson = parsed.success ? JSON.stringify(parsed.data) : null;
        if (!parsed.success) issues.push(...toFieldIssues(parsed.error, at('metadata')));
      }
      metadataChecked.set(event.metadata, metadataJson);
    } else if (metadataJson === null) {
      issues.push({
        path: at('metadata'),
        code: 'invalid_metadata',
        message: 'is invalid (see the first event that shares it)',
      });
    }
    const current = versions[event.type];
    // Data is checked against the current schema, so it must also be stored as the current
    // version: an older number would make readers run upcasters over data that is already current.
    if (metadataJson && current !== undefined && event.metadata.schemaVersion !== current) {
      issues.push({
        path: at('metadata.schemaVersion'),
        code: 'invalid_schema_version',
        message: `must be ${current}, the current schema version of ${event.type}`,
      });
    }
    if (issues.length === before && id !== null && dataJson !== null && metadataJson) {
      prepared.push({ id, type: event.type, schemaVersion: current!, dataJson, metadataJson });
    }
  }
  return prepared;
};

/** Returns the JSON of the normalised data, or null after recording the issues. */
const checkData = (
  type: string,
  data: unknown,
  at: (field: string) => string,
  issues: FieldIssue[],
): string | null => {
  if (typeof type !== 'string' || !isEventType(type)) {
    issues.push({
      path: at('type'),
      code: 'unknown_event_type',
      message: `unknown event type "${String(type)}"; known: ${EVENT_TYPES.join(', ')}`,
    });
    return null;
  }
  // Data the acceptor vouches for is schema-shaped (bounded strings, no nesting to speak of): it is
  // serialised at once and measured from its text. Anything else is bounded before zod sees it.
  const accept = dataAcceptors.get(type);
  const accepted = accept ? accept(data) : UNDECIDED;
  if (accepted !== UNDECIDED) {
    const json = JSON.stringify(accepted);
    return fitsTheLimit(json.length * UTF8_BYTES_PER_UNIT, () => json, at, issues) ? json : null;
  }
  const bound = jsonSizeBound(data);
  if (!fitsTheLimit(bound, () => JSON.stringify(data) ?? '', at, issues)) return null;
  const parsed = EVENT_SCHEMAS[type].safeParse(data);
  if (!parsed.success) {
    issues.push(...toFieldIssues(parsed.error, at('data'), data));
    return null;
  }
  return JSON.stringify(parsed.data);
};

/**
 * Data the command path parsed with its type's schema: serialised as it is, after the checks
 * the schema does not make (a known type, the size limit).
 */
const checkedDataJson = (
  type: string,
  data: unknown,
  at: (field: string) => string,
  issues: FieldIssue[],
): string | null => {
  if (typeof type !== 'string' || !isEventType(type)) return checkData(type, data, at, issues);
  const json = JSON.stringify(data);
  return fitsTheLimit(json.length * UTF8_BYTES_PER_UNIT, () => json, at, issues) ? json : null;
};

/** UTF-8 spends at most 3 bytes on a UTF-16 unit (4 on a surrogate pair, which is 2 units). */
const UTF8_BYTES_PER_UNIT = 3;

/**
 * Whether event data is at most MAX_EVENT_DATA_BYTES of UTF-8 JSON: decided by `bound` (an upper
 * bound, or null) when it can be, else measured exactly on its JSON text. Records the issue when not.
 */
const fitsTheLimit = (
  bound: number | null,
  json: () => string,
  at: (field: string) => string,
  issues: FieldIssue[],
): boolean => {
  if (bound !== null && bound <= MAX_EVENT_DATA_BYTES) return true;
  const size = Buffer.byteLength(json(), 'utf8');
  if (size <= MAX_EVENT_DATA_BYTES) return true;
  issues.push({
    path: at('data'),
    code: 'too_big',
    message: `event data is ${size} bytes; at most ${MAX_EVENT_DATA_BYTES} are accepted`,
  });
  return false;
};

/** Validates a multi-stream append; issues are prefixed `writes.<k>.` */
export const prepareStreamWrites = (writes: readonly StreamWrite[]): PreparedEvent[][] => {
  const issues: FieldIssue[] = [];
  const seenIds = new Map<string, (field: string) => string>();
  if (!Array.isArray(writes) || writes.length === 0) {
    throw new InvalidEventError([
      { path: 'writes', code: 'too_small', message: 'must hold at least one write' },
    ]);
  }
  const prepared = writes.map((write, k) => {
    checkExpectedRevision(write.expectedRevision, `writes.${k}.expectedRevision`, issues);
    return prepareNewEvents(write.streamId, write.events, issues, `writes.${k}.`, seenIds);
  });
  if (issues.length > 0) throw new InvalidEventError(issues);
  return prepared;
};

/**
 * Validates a single-stream append part by part and hands each valid part to `take` as soon as
 * it is checked, so a writer can store one part while the next is checked. A bad event anywhere
 * refuses the whole append: the parts after it are still checked (every issue is reported), `take`
 * is not called again, and InvalidEventError is thrown; the caller discards the parts it took.
 */
export const prepareAppendInParts = (
  streamId: string,
  events: readonly NewEvent[],
  expectedRevision: ExpectedRevision | undefined,
  partSize: number,
  take: (part: PreparedEvent[]) => void,
  dataChecked = false,
): void => {
  const issues: FieldIssue[] = [];
  const seenIds = new Map<string, (field: string) => string>();
  checkExpectedRevision(expectedRevision, 'expectedRevision', issues);
  for (let from = 0; from < events.length; from += partSize) {
    const to = Math.min(events.length, from + partSize);
    const part = prepareNewEvents(streamId, events, issues, '', seenIds, from, to, dataChecked);
    if (issues.length === 0) take(part);
  }
  if (issues.length > 0) throw new InvalidEventError(issues);
};

/** Validates a single-stream append; issues are prefixed `events.<i>.` as callers see them. */
export const prepareAppend = (
  streamId: string,
  events: readonly NewEvent[],
  expectedRevision: ExpectedRevision | undefined,
  dataChecked = false,
): PreparedEvent[] => {
  const issues: FieldIssue[] = [];
  checkExpectedRevision(expectedRevision, 'expectedRevision', issues);
  const prepared = prepareNewEvents(
    streamId,
    events,
    issues,
    '',
    new Map(),
    0,
    Array.isArray(events) ? events.length : 0,
    dataChecked,
  );
  if (issues.length > 0) throw new InvalidEventError(issues);
  return prepared;
};

const checkExpectedRevision = (expected: unknown, path: string, issues: FieldIssue[]): void => {
  if (
    expected === undefined ||
    expected === 'any' ||
    expected === 'no_stream' ||
    expected === 'stream_exists'
  )
    return;
  if (typeof expected === 'number' && Number.isSafeInteger(expected) && expected >= 0) return;
  issues.push({
    path,
    code: 'invalid_expected_revision',
    message: "must be 'any', 'no_stream', 'stream_exists' or a revision (a whole number >= 0)",
  });
};

/** Every adapter checks a batch before it writes any of it, so a bad event refuses the whole append. */
export const assertValidNewEvents = (streamId: string, events: readonly NewEvent[]): void => {
  prepareAppend(streamId, events, 'any');
};
