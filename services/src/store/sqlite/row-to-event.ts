import { type EventMetadata, upcast } from '@kpi/schema';
import type { RecordedEvent } from '../port.ts';
import type { EventRow } from './statements.ts';

/**
 * Turns rows into recorded events, upcasting data to the current schema version. The events of
 * one submission share their metadata text, so a page parses each distinct metadata once and
 * hands out one frozen object.
 */
export const rowsToEvents = (rows: readonly EventRow[]): RecordedEvent[] => {
  const metadataByText = new Map<string, EventMetadata>();
  const events: RecordedEvent[] = new Array(rows.length);
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    let metadata = metadataByText.get(row.metadata);
    if (metadata === undefined) {
      metadata = Object.freeze(JSON.parse(row.metadata) as EventMetadata);
      metadataByText.set(row.metadata, metadata);
    }
    events[i] = {
      id: row.id,
      streamId: row.stream_id,
      type: row.type,
      revision: row.revision,
      position: row.position,
      data: upcast(row.type, row.schema_version, JSON.parse(row.data)),
      metadata,
    };
  }
  return events;
};
