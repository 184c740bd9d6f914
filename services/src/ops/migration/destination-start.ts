import type { EventStore } from '../../store/port.ts';

export class NotEmptyDestinationError extends Error {
  constructor(to: string) {
    super(
      `${to} already holds events that are not a copy of this source; copy into an empty store, or pass --append-to-nonempty`,
    );
    this.name = 'NotEmptyDestinationError';
  }
}

export interface DestinationStart {
  /** The destination's position before the copy's first event (0 unless appending to other events). */
  readonly destinationStart: number;
  /** The destination may already hold the beginning of the copy (an interrupted earlier run). */
  readonly verifying: boolean;
}

/**
 * Decides how a copy begins without a checkpoint: into an empty store; after a non-empty store's
 * events when asked to; or, when the destination begins with the source's first event, as the
 * continuation of an earlier run, re-checking what is already there.
 */
export const destinationStart = async (
  destination: EventStore,
  firstSourceEventId: string | undefined,
  to: string,
  appendToNonEmpty: boolean,
): Promise<DestinationStart> => {
  const head = await destination.headPosition();
  if (head === 0) return { destinationStart: 0, verifying: false };
  if (appendToNonEmpty) return { destinationStart: head, verifying: false };
  const [first] = await destination.readAll({ maxCount: 1 });
  if (!first || first.id !== firstSourceEventId) throw new NotEmptyDestinationError(to);
  return { destinationStart: 0, verifying: true };
};
