import type { Command } from '../../../commands/command.ts';
import type { CommandResult } from '../../../commands/command-result.ts';
import { handleCommand } from '../../../commands/handle.ts';
import type { ApiContext } from '../../context.ts';

/** graphql-yoga puts the Fetch request into every resolver's context beside ours. */
const channelOf = (context: ApiContext): 'form' | 'api' => {
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

/** Refused before anything is read or written: the caller is no regional officer. */
export const onlyOfficers = () => ({
  kind: 'Forbidden' as const,
  message: 'only a regional officer submits events, for their own region',
});

export const officerScope = { role: 'REGIONAL_OFFICER' } as const;
