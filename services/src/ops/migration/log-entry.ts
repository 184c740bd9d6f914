import { CURRENT_SCHEMA_VERSION, type EventMetadata, upcast } from '@kpi/schema';
import type { RecordedEvent } from '../../store/port.ts';

/**
 * One event of the log as it travels between stores and archives: everything a reader sees except
 * the store's own position, which each store assigns again in the same order.
 *
 * Stores hand out data upcast to the current schema version of its type and accept only current
 * versions, so a copied event carries the upcast data and `metadata.schemaVersion` set to the
 * current version. Everything else in the metadata (recordedAt, submittedBy, region, submission
 * and correlation ids, channel) is copied unchanged.
 */
export interface LogEntry {
  readonly id: string;
  readonly streamId: string;
  readonly revision: number;
  readonly type: string;
  readonly data: unknown;
  readonly metadata: EventMetadata;
}

const versions = CURRENT_SCHEMA_VERSION as Readonly<Record<string, number>>;

/** Lifts data written under an older schema version (an old archive) to the current one. */
export const toCurrentVersion = (entry: LogEntry): LogEntry => {
  const current = versions[entry.type];
  if (current === undefined || entry.metadata.schemaVersion === current) return entry;
  return {
    ...entry,
    data: upcast(entry.type, entry.metadata.schemaVersion, entry.data),
    metadata: { ...entry.metadata, schemaVersion: current },
  };
};

export const fromRecorded = (event: RecordedEvent): LogEntry =>
  toCurrentVersion({
    id: event.id,
    streamId: event.streamId,
    revision: event.revision,
    type: event.type,
    data: event.data,
    metadata: event.metadata,
  });

/**
 * JSON with object keys in one fixed order at every depth (sorted; JavaScript still puts
 * integer-like keys first), so equal values always give equal text whatever order their keys
 * were written in.
 */
export const canonicalJson = (value: unknown): string => JSON.stringify(sortKeys(value));

const sortKeys = (value: unknown): unknown => {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value === null || typeof value !== 'object') return value;
  // No prototype: a "__proto__" key read from JSON stays an own key instead of setting one.
  const sorted: Record<string, unknown> = Object.create(null);
  for (const key of Object.keys(value).sort())
    sorted[key] = sortKeys((value as Record<string, unknown>)[key]);
  return sorted;
};

/** The line that represents an entry in checksums and NDJSON archives. */
export const entryLine = (entry: LogEntry): string =>
  `{"id":${JSON.stringify(entry.id)},"streamId":${JSON.stringify(entry.streamId)},"revision":${entry.revision},"type":${JSON.stringify(entry.type)},"data":${canonicalJson(entry.data)},"metadata":${canonicalJson(entry.metadata)}}`;
