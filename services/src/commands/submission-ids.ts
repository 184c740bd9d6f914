import { hash } from 'node:crypto';

// Fixed namespace of this product's name-based ids; changing it would change every derived id.
const NAMESPACE = 'kpi-causes-removed:submission:v1';

/** A name-based UUID (version 5 layout: SHA-1 of the name, version and variant bits set). */
const nameBasedUuid = (name: string): string => {
  // One-shot hashing of the joined text: the same bytes as updating a hash part by part, without
  // a Hash object per id (an import derives two or three ids a row).
  const digest = hash('sha1', `${NAMESPACE}\u0000${name}`, 'buffer');
  digest[6] = (digest[6]! & 0x0f) | 0x50;
  digest[8] = (digest[8]! & 0x3f) | 0x80;
  const hex = digest.toString('hex', 0, 16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
};

/**
 * The id of the `index`-th event a submission records (numbered across all its streams, the
 * primary event first). A resubmission derives the same ids, so the store's idempotent append
 * stores nothing the second time; reusing a submission id for different content collides with
 * the stored ids and is refused.
 */
export const submissionEventId = (submissionId: string, index: number): string =>
  nameBasedUuid(`event\u0000${submissionId}\u0000${index}`);

/**
 * The id of the thing a creating command makes (risk, recommendation, transformation, case): the
 * server names it, and a retry of the same submission gets the same id. The import uses it to
 * refer, in one file, to a risk created by an earlier row.
 */
export const submissionEntityId = (submissionId: string, kind: string): string =>
  nameBasedUuid(`${kind}\u0000${submissionId}`);

/**
 * The id of the `index`-th event a submission records on a thing's own stream (an account, a saved
 * chart, an alert rule): named by the stream and the submitter too, so two people's submission ids
 * never meet, and a resubmission finds its event in the stream it was decided on.
 */
export const streamEventId = (
  streamId: string,
  submittedBy: string,
  submissionId: string,
  index: number,
): string =>
  nameBasedUuid(`stream-event\u0000${streamId}\u0000${submittedBy}\u0000${submissionId}\u0000${index}`);
