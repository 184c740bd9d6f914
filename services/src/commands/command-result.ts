import type { CommandType } from './command.ts';
import type { Refusal } from './refusal.ts';

export interface CommandSucceeded {
  readonly kind: 'Succeeded';
  readonly type: CommandType;
  /** The risk, recommendation, transformation or case the command created or acted on. */
  readonly id: string;
  readonly streamId: string;
  /** Revision of the primary event in its stream: the next expected revision of that thing. */
  readonly revision: number;
  /** Global position of the primary event in the log. */
  readonly position: number;
  /** True when this answers a resubmission: nothing new was stored. */
  readonly replayed: boolean;
}

/** The submission id was used before for a different command: nothing is stored. */
export interface SubmissionReused {
  readonly kind: 'SubmissionReused';
  readonly message: string;
  readonly submissionId: string;
}

export type CommandResult = CommandSucceeded | Refusal | SubmissionReused;

export const submissionReused = (submissionId: string): SubmissionReused => ({
  kind: 'SubmissionReused',
  message: `submission ${submissionId} was already used for a different submission; send new content with a new submission id`,
  submissionId,
});
