import type { Command } from '../../../commands/command.ts';
import { checkCommand } from '../../../commands/handle.ts';
import { REFUSED } from '../../../identity/policy.ts';
import { builder } from '../../builder.ts';
import { FieldIssueRef } from '../results/refusals.ts';
import { channelOf } from './submit.ts';

/** The check's outcome, boxed: null (accepted) is no GraphQL object. */
type Checked = { readonly outcome: Awaited<ReturnType<typeof checkCommand>> };

const SubmissionCheckRef = builder.objectRef<Checked>('SubmissionCheck').implement({
  description:
    'What a submission would answer now, without writing: every field issue at once, or the kind of refusal.',
  fields: (t) => ({
    accepted: t.boolean({
      description: 'The command would be recorded now.',
      resolve: (c) => c.outcome === null,
    }),
    issues: t.field({
      type: [FieldIssueRef],
      description: 'Every field issue, as the submission would list them.',
      resolve: ({ outcome }) => (outcome?.kind === 'ValidationFailed' ? [...outcome.issues] : []),
    }),
    refusal: t.string({
      nullable: true,
      description: 'A refusal of the whole command: NotFound, Forbidden, Conflict or SubmissionReused.',
      resolve: ({ outcome }) =>
        outcome === null || outcome.kind === 'ValidationFailed' ? null : outcome.kind,
    }),
  }),
});

builder.queryField('submissionIssues', (t) =>
  t.field({
    type: SubmissionCheckRef,
    description:
      'Runs the validation and the decision of a submission (`command`: IdentifyRisk, IssueRecommendation…; `data`: its fields as the submission mutation takes them, as far as filled in) and writes nothing, so a form shows every field issue on the first submit. Regional officers only, as for the submission itself.',
    authScopes: { submitter: true },
    unauthorizedResolver: () => ({
      outcome: { kind: 'Forbidden' as const, message: REFUSED.onlyOfficersSubmit },
    }),
    args: {
      command: t.arg.string({ required: true }),
      data: t.arg({ type: 'JSONObject', required: true }),
    },
    resolve: async (_root, args, ctx) => ({
      outcome: await checkCommand(
        ctx.services,
        ctx.viewer,
        { type: args.command, data: args.data } as unknown as Command,
        { correlationId: ctx.correlationId, channel: channelOf(ctx) },
      ),
    }),
  }),
);
