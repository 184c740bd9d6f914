import type { CommandResult, CommandSucceeded } from '../../../commands/command-result.ts';
import { builder } from '../../builder.ts';
import {
  ConflictRef,
  ForbiddenRef,
  NotFoundRef,
  REFUSAL_REFS,
  SubmissionReusedRef,
  ValidationFailedRef,
} from './refusals.ts';

/**
 * `<Name>Succeeded` and the union `<Name>Result` a submission mutation answers with. The success
 * names the id of the thing under its own field (`riskId`, `recommendationId`, ...).
 */
export const commandResultType = (name: string, idField: string, idDescription: string) => {
  const succeeded = builder.objectRef<CommandSucceeded>(`${name}Succeeded`).implement({
    fields: (t) => ({
      [idField]: t.exposeID('id', { description: idDescription }),
      streamId: t.exposeString('streamId'),
      revision: t.exposeInt('revision', {
        description:
          'Revision of the recorded event in its stream: send it as expectedRevision of a correction.',
      }),
      position: t.exposeFloat('position', {
        description:
          'Log position of the recorded event: the dashboard shows it once its KPIs reach this position.',
      }),
      replayed: t.exposeBoolean('replayed', {
        description: 'True when this answers a resubmission: nothing new was stored.',
      }),
    }),
  });
  return builder.unionType(`${name}Result`, {
    types: [succeeded, ValidationFailedRef, ConflictRef, NotFoundRef, ForbiddenRef, SubmissionReusedRef],
    resolveType: (result: CommandResult) =>
      result.kind === 'Succeeded' ? succeeded : REFUSAL_REFS[result.kind],
  });
};
