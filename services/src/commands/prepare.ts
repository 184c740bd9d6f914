import { EVENT_SCHEMAS, type FieldIssue, toFieldIssues } from '@kpi/schema';
import { REFUSED, submitUnitOf } from '../identity/policy.ts';
import type { Submitter } from '../identity/viewer.ts';
import { UNDECIDED } from '../store/fast-accept.ts';
import { acceptEventData } from '../store/validate-new-events.ts';
import {
  COMMAND_EVENT,
  type Command,
  type CommandType,
  type DecidableCommand,
  isCreating,
  NEW_ID_FIELD,
} from './command.ts';
import type { Refusal } from './refusal.ts';
import { submissionEntityId } from './submission-ids.ts';

/** The unit a submission is decided for, or why the submitter may not submit (the policy decides). */
export const officerUnitOf = (submitter: Submitter | null): string | Refusal => {
  if (submitter === null) return { kind: 'Forbidden', message: REFUSED.signInToSubmit };
  return submitUnitOf(submitter) ?? { kind: 'Forbidden', message: REFUSED.onlyOfficersSubmit };
};

const NEW_ID_KIND = {
  IdentifyRisk: 'risk',
  IssueRecommendation: 'recommendation',
  RecordTransformation: 'transformation',
  RecordRightRestored: 'right',
  RecordPerceptionSurvey: 'survey',
  RecordCitizenReception: 'reception',
  AddFigureComment: 'figure-comment',
} as const;

/** The id the server gives the thing a creating command makes, derived from the submission id. */
export const newIdFor = (type: keyof typeof NEW_ID_KIND, submissionId: string): string =>
  submissionEntityId(submissionId, NEW_ID_KIND[type]);

const invalid = (issues: FieldIssue[]): Refusal => ({ kind: 'ValidationFailed', issues });

const isCommandType = (type: unknown): type is CommandType =>
  typeof type === 'string' && Object.hasOwn(COMMAND_EVENT, type);

/**
 * Validates a command with the schema of the event it records (paths name the command's own
 * fields, e.g. `removesRiskIds.2`, so a form shows them beside the field), adds the server-made
 * id of a creating command, and the instant and region it is decided for.
 */
export const toDecidable = (
  command: Command,
  submissionId: string,
  now: Date,
  submitterUnit: string | null,
):
  | { readonly ok: true; readonly command: DecidableCommand }
  | { readonly ok: false; readonly refusal: Refusal } => {
  const issues: FieldIssue[] = [];
  if (typeof submissionId !== 'string' || submissionId.trim().length === 0 || submissionId.length > 200) {
    issues.push({ path: 'submissionId', code: 'invalid_submission_id', message: 'must be 1-200 characters' });
  }
  if (!isCommandType(command?.type)) {
    issues.push({
      path: 'type',
      code: 'unknown_command',
      message: `must be one of ${Object.keys(COMMAND_EVENT).join(', ')}`,
    });
    return { ok: false, refusal: invalid(issues) };
  }
  const { type, expectedRevision } = command;
  if (expectedRevision !== undefined && !(Number.isSafeInteger(expectedRevision) && expectedRevision >= 0)) {
    issues.push({
      path: 'expectedRevision',
      code: 'invalid_revision',
      message: 'must be a whole number >= 0',
    });
  }
  const data: unknown =
    isCreating(type) && typeof command.data === 'object' && command.data !== null
      ? { ...command.data, [NEW_ID_FIELD[type]]: newIdFor(type, submissionId) }
      : command.data;
  // Most commands are valid: the compiled acceptor returns what zod would, at a fraction of its
  // cost (an import checks tens of thousands); zod alone refuses and names the fields.
  const accepted = issues.length === 0 ? acceptEventData(COMMAND_EVENT[type], data) : UNDECIDED;
  if (accepted !== UNDECIDED) {
    return { ok: true, command: { type, data: accepted, now, submitterUnit } as DecidableCommand };
  }
  const parsed = EVENT_SCHEMAS[COMMAND_EVENT[type]].safeParse(data);
  if (!parsed.success) issues.push(...toFieldIssues(parsed.error, '', data));
  if (issues.length > 0 || !parsed.success) return { ok: false, refusal: invalid(issues) };
  return { ok: true, command: { type, data: parsed.data, now, submitterUnit } as DecidableCommand };
};
