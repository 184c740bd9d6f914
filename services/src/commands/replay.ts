import type { RegionCode } from '@kpi/schema';
import { COMMAND_EVENT, type DecidableCommand, subjectIdOf } from './command.ts';
import { type CommandSucceeded, type SubmissionReused, submissionReused } from './command-result.ts';
import type { LoadedStream } from './loaded-streams.ts';
import { stableJson } from './stable-json.ts';
import { submissionEventId } from './submission-ids.ts';

/**
 * A resubmission is recognised on the command's own stream by the id of its primary event, which
 * derives from the submission id. The same content answers as the first time did; other content
 * under a used submission id is refused. (A submission id reused for a command on another stream
 * is caught by the store, which refuses an event id it already holds.)
 */
export const replayOf = (
  primary: LoadedStream | undefined,
  command: DecidableCommand,
  submissionId: string,
  submitterRegion: RegionCode | null,
): CommandSucceeded | SubmissionReused | null => {
  const id = submissionEventId(submissionId, 0);
  const stored = primary?.events.find((event) => event.id === id);
  if (stored === undefined) return null;
  const same =
    stored.type === COMMAND_EVENT[command.type] &&
    stored.metadata.region === submitterRegion &&
    stableJson(stored.data) === stableJson(command.data);
  if (!same) return submissionReused(submissionId);
  return {
    kind: 'Succeeded',
    type: command.type,
    id: subjectIdOf(command),
    streamId: stored.streamId,
    revision: stored.revision,
    position: stored.position,
    replayed: true,
  };
};
