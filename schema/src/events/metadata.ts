import { z } from 'zod';
import { regionCode } from '../fields.ts';

export const CHANNELS = ['form', 'import', 'api', 'seed', 'system'] as const;
export type Channel = (typeof CHANNELS)[number];

/**
 * Written by the server, never by the submitter: who submitted, when the store accepted it (the
 * axis `asOf` cuts on), the submission id that makes a resubmission a no-op, and how it arrived.
 */
export const EventMetadataSchema = z.strictObject({
  recordedAt: z.iso.datetime({ offset: true, error: 'must be an ISO 8601 instant' }),
  submittedBy: z.string().min(1),
  region: regionCode.nullable(),
  submissionId: z.string().min(1).max(200),
  correlationId: z.string().min(1).max(200),
  channel: z.enum(CHANNELS),
  schemaVersion: z.int().positive(),
});

export type EventMetadata = z.infer<typeof EventMetadataSchema>;
