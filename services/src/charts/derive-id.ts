import { createHash } from 'node:crypto';

/**
 * A UUID (version 8, name-based) derived from its parts: a resubmission with the same submission
 * id lands on the same chart stream and carries the same event ids, so a retry that races the
 * first attempt is absorbed by the store's idempotency instead of saving the chart twice.
 */
export const deriveId = (...parts: readonly string[]): string => {
  const bytes = createHash('sha256').update(parts.join('\u0000')).digest().subarray(0, 16);
  bytes[6] = (bytes[6]! & 0x0f) | 0x80;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
};
