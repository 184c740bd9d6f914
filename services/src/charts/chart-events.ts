import { type ChartEventType, CURRENT_SCHEMA_VERSION, type EventMetadata } from '@kpi/schema';
import type { Viewer } from '../identity/viewer.ts';
import type { NewEvent } from '../store/port.ts';
import { deriveId } from './derive-id.ts';

/**
 * The events of one saved-chart change, with the metadata only the server writes. Event ids derive
 * from the stream, the analyst and the submission, so a retried submission carries the same ids.
 */
export const chartEvents = (
  streamId: string,
  viewer: Viewer,
  submissionId: string,
  correlationId: string,
  now: Date,
  changes: readonly (readonly [ChartEventType, unknown])[],
): NewEvent[] =>
  changes.map(([type, data], i) => {
    const metadata: EventMetadata = {
      recordedAt: now.toISOString(),
      submittedBy: viewer.userId,
      region: null,
      submissionId,
      correlationId,
      channel: 'api',
      schemaVersion: CURRENT_SCHEMA_VERSION[type],
    };
    return {
      id: deriveId('chart-event', streamId, viewer.userId, submissionId, String(i)),
      type,
      data,
      metadata,
    };
  });
