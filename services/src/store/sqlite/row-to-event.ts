import { type EventMetadata, upcast } from '@kpi/schema';
import type { RecordedEvent } from '../port.ts';
import type { EventRow } from './statements.ts';

/**
 * Turns rows into recorded events, upcasting data to the current schema version. Consecutive
 * events of one submission carry the same metadata text: it is parsed once and the events share
 * one frozen object.
 */
export const rowsToEvents = (rows: readonly EventRow[]): RecordedEvent[] => {
  const events: RecordedEvent[] = new Array(rows.length);
  let metadataText = '';
  let metadata: EventMetadata | undefined;
  for (let i = 0; i < rows.length; i++) {
    const [position, streamId, revision, id, type, schemaVersion, data, metadataOfRow] = rows[i]!;
    if (metadata === undefined || metadataOfRow !== metadataText) {
      metadataText = metadataOfRow;
      metadata = JSON.parse(metadataOfRow) as EventMetadata;
    } else if (!Object.isFrozen(metadata)) {
      Object.freeze(metadata);
    }
    events[i] = {
      id,
      streamId,
      type,
      revision,
      position,
      data: upcast(type, schemaVersion, JSON.parse(data)),
      metadata,
    };
  }
  return events;
};
