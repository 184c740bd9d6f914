import type { InputObjectRef } from '@pothos/core';
import type { Command } from '../../../commands/command.ts';
import type { CommandResult } from '../../../commands/command-result.ts';
import { handleCommand } from '../../../commands/handle.ts';
import { REFUSED } from '../../../identity/policy.ts';
import { type ApiSchemaTypes, builder } from '../../builder.ts';
import type { ApiContext } from '../../context.ts';
import type { commandResultType } from '../results/command-result.ts';

/** graphql-yoga puts the Fetch request into every resolver's context beside ours. */
export const channelOf = (context: ApiContext): 'form' | 'api' => {
  const request = (context as ApiContext & { request?: Request }).request;
  return request?.headers.get('x-submission-channel')?.trim().toLowerCase() === 'form' ? 'form' : 'api';
};

/** GraphQL sends an omitted optional field as null; the event schemas know only "absent". */
const withoutNulls = <T extends Record<string, unknown>>(input: T) =>
  Object.fromEntries(Object.entries(input).filter(([, v]) => v !== null && v !== undefined));

/**
 * Every submission mutation ends here: the command handler, with the metadata only the server
 * knows (who, the request's correlation id, how it arrived).
 */
export const submit = (
  context: ApiContext,
  type: Command['type'],
  input: { readonly submissionId: string | number; readonly expectedRevision?: number | null } & Record<
    string,
    unknown
  >,
): Promise<CommandResult> => {
  const { submissionId, expectedRevision, ...data } = input;
  const command = {
    type,
    data: withoutNulls(data),
    ...(expectedRevision === null || expectedRevision === undefined ? {} : { expectedRevision }),
  } as Command;
  return handleCommand(context.services, context.viewer, command, {
    submissionId: String(submissionId),
    correlationId: context.correlationId,
    channel: channelOf(context),
  });
};

/** Refused before anything is read or written: the caller may not submit. */
const onlyOfficers = () => ({ kind: 'Forbidden' as const, message: REFUSED.onlyOfficersSubmit });

type SubmissionInput = Parameters<typeof submit>[2];
type Types = PothosSchemaTypes.ExtendDefaultTypes<ApiSchemaTypes>;

/**
 * One submission mutation: regional officers only, one `input` argument, answered by the
 * command handler with the command's result union. `prepare` adapts an input whose GraphQL
 * shape differs from the command's data.
 */
export const commandMutation = <Input extends SubmissionInput>(
  field: string,
  options: {
    readonly command: Command['type'];
    readonly input: InputObjectRef<Types, Input>;
    readonly result: ReturnType<typeof commandResultType>;
    readonly description: string;
    readonly prepare?: (input: Input) => SubmissionInput;
  },
) =>
  builder.mutationField(field, (t) =>
    t.field({
      type: options.result,
      description: options.description,
      authScopes: { submitter: true },
      unauthorizedResolver: onlyOfficers,
      args: { input: t.arg({ type: options.input, required: true }) },
      resolve: (_root, args, ctx) => {
        // The argument is required, so Pothos hands it over; its type is lost through the generic.
        const { input } = args as unknown as { input: Input };
        return submit(ctx, options.command, options.prepare ? options.prepare(input) : input);
      },
    }),
  );
