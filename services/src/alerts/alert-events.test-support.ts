import { type AlertEventType, CURRENT_SCHEMA_VERSION, type EventMetadata } from '@kpi/schema';
import { deriveId } from '../charts/derive-id.ts';
import type { NewEvent } from '../store/port.ts';
import { ALERTS_SYSTEM_USER } from './alert-events.ts';

/**
 * Alert events written straight to a store, for tests that need a log in a given state; the
 * product itself records them only through the command path.
 */
export interface EventAuthor {
  readonly userId: string;
  readonly submissionId: string;
  readonly correlationId: string;
  readonly channel: 'api' | 'system';
}

/**
 * An alert event with the metadata only the server writes. Its id derives from `idParts`, so the
 * same change submitted again (or judged by two replicas) carries the same id.
 */
export const alertEvent = (
  type: AlertEventType,
  data: unknown,
  author: EventAuthor,
  now: Date,
  idParts: readonly string[],
): NewEvent => {
  const metadata: EventMetadata = {
    recordedAt: now.toISOString(),
    submittedBy: author.userId,
    region: null,
    submissionId: author.submissionId,
    correlationId: author.correlationId,
    channel: author.channel,
    schemaVersion: CURRENT_SCHEMA_VERSION[type],
  };
  return { id: deriveId('alert-event', type, ...idParts), type, data, metadata };
};

/** The author of an event the server records by itself, e.g. a firing: its key is its id. */
export const systemAuthor = (key: string): EventAuthor => ({
  userId: ALERTS_SYSTEM_USER,
  submissionId: key,
  correlationId: key,
  channel: 'system',
});
