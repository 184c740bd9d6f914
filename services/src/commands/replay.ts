import type { RegionCode } from '@kpi/schema';
import type { EventStore } from '../store/port.ts';
import type { BoundaryState } from './boundary-state.ts';
import { COMMAND_EVENT, type DecidableCommand, subjectIdOf } from './command.ts';
import { type CommandSucceeded, type SubmissionReused, submissionReused } from './command-result.ts';
import { stableJson } from './stable-json.ts';
import { submissionEventId } from './submission-ids.ts';

/**
 * A resubmission is recognised in its boundary (the unit's stream) by the id of its primary event,
 * which derives from the submission id; the boundary's state says where that event sits, and only
 * that one event is read back. The same content answers as the first time did (the thing's
 * version then, the event's position); other content under a used submission id is refused. (A
 * submission id reused in another boundary is caught by the store, which refuses an event id it
 * already holds.)
 */
export const replayOf = async (
  store: EventStore,
  boundary: BoundaryState,
  command: DecidableCommand,
  submissionId: string,
  metadataRegion: RegionCode | null,
): Promise<CommandSucceeded | SubmissionReused | null> => {
  const id = submissionEventId(submissionId, 0);
  const at = boundary.submission(id);
  if (at === undefined) return null;
  const [stored] = await store.readStream(boundary.streamId, { fromRevision: at.revision, maxCount: 1 });
  if (stored === undefined || stored.id !== id) {
    throw new Error(`${boundary.streamId}: event ${id} is not at revision ${at.revision} as it was read`);
  }
  const same =
    stored.type === COMMAND_EVENT[command.type] &&
    stored.metadata.region === metadataRegion &&
    stableJson(stored.data) === stableJson(command.data);
  if (!same) return submissionReused(submissionId);
  return {
    kind: 'Succeeded',
    type: command.type,
    id: subjectIdOf(command),
    streamId: stored.streamId,
    revision: at.version,
    position: stored.position,
    replayed: true,
  };
};
