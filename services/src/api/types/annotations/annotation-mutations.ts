import type { Command } from '../../../commands/command.ts';
import { COMMENTARY_WRITERS, FIGURE_COMMENTERS, REFUSED } from '../../../identity/policy.ts';
import type { Role } from '../../../identity/viewer.ts';
import { builder } from '../../builder.ts';
import { submit } from '../mutations/submit.ts';
import { commandResultType } from '../results/command-result.ts';

const submissionId = {
  required: true,
  description: 'Chosen by the client, unique per submission (a UUID): sending it again stores nothing new.',
} as const;
const unit = {
  required: true,
  description: 'KZ for the whole country, or a region code such as KZ-15.',
} as const;
/** A comment on figures may be on a central body too; the review report's commentary may not. */
const commentedUnit = {
  required: true,
  description:
    "KZ for the whole country, a region's code such as KZ-15, or a central state body's code from the catalogue such as MIN-HEALTH.",
} as const;

const WriteReportCommentaryInput = builder.inputType('WriteReportCommentaryInput', {
  fields: (t) => ({
    submissionId: t.id(submissionId),
    unit: t.string(unit),
    period: t.string({
      required: true,
      description: 'A year (2026), a third (2026-T2), a quarter (2026-Q2) or a month (2026-03).',
    }),
    text: t.string({
      required: true,
      description: 'Up to 4,000 characters; replaces the commentary in force.',
    }),
    occurredOn: t.field({ type: 'Date', required: true, description: 'The day the chair wrote it.' }),
  }),
});

const AddFigureCommentInput = builder.inputType('AddFigureCommentInput', {
  fields: (t) => ({
    submissionId: t.id(submissionId),
    unit: t.string(commentedUnit),
    date: t.field({
      type: 'Date',
      required: true,
      description: 'The day the comment is about: its marker on a chart.',
    }),
    text: t.string({ required: true, description: 'Up to 500 characters, e.g. "new akim since 1 March".' }),
    occurredOn: t.field({ type: 'Date', required: true, description: 'The day it was written.' }),
  }),
});

const WithdrawFigureCommentInput = builder.inputType('WithdrawFigureCommentInput', {
  fields: (t) => ({
    submissionId: t.id(submissionId),
    commentId: t.id({ required: true }),
    occurredOn: t.field({ type: 'Date', required: true }),
  }),
});

const annotationMutation = (
  field: string,
  command: Extract<Command['type'], 'WriteReportCommentary' | 'AddFigureComment' | 'WithdrawFigureComment'>,
  options: {
    readonly input:
      | typeof WriteReportCommentaryInput
      | typeof AddFigureCommentInput
      | typeof WithdrawFigureCommentInput;
    readonly result: ReturnType<typeof commandResultType>;
    readonly roles: readonly Role[];
    readonly refused: string;
    readonly description: string;
  },
) =>
  builder.mutationField(field, (t) =>
    t.field({
      type: options.result,
      description: options.description,
      authScopes: { role: [...options.roles] },
      unauthorizedResolver: () => ({ kind: 'Forbidden' as const, message: options.refused }),
      args: { input: t.arg({ type: options.input, required: true }) },
      resolve: (_root, args, ctx) => {
        const input = { ...(args.input as Record<string, unknown>) };
        if (typeof input.commentId !== 'undefined') input.commentId = String(input.commentId);
        return submit(ctx, command, input as Parameters<typeof submit>[2]);
      },
    }),
  );

annotationMutation('writeReportCommentary', 'WriteReportCommentary', {
  input: WriteReportCommentaryInput,
  result: commandResultType('WriteReportCommentary', 'commentaryId', 'The unit and period: `KZ.2026-Q1`.'),
  roles: COMMENTARY_WRITERS,
  refused: REFUSED.onlyChairWritesCommentary,
  description:
    'Writes the review report’s commentary for a unit and period, replacing the one in force. The chair only.',
});
const commentId = 'The comment, named by the server.';
annotationMutation('addFigureComment', 'AddFigureComment', {
  input: AddFigureCommentInput,
  result: commandResultType('AddFigureComment', 'commentId', commentId),
  roles: FIGURE_COMMENTERS,
  refused: REFUSED.onlyChairOrAnalystComments,
  description:
    'Comments on a unit’s figures at a date; shown on series charts and in the report. Chair and analysts.',
});
annotationMutation('withdrawFigureComment', 'WithdrawFigureComment', {
  input: WithdrawFigureCommentInput,
  result: commandResultType('WithdrawFigureComment', 'commentId', commentId),
  roles: FIGURE_COMMENTERS,
  refused: REFUSED.onlyChairOrAnalystComments,
  description: 'Takes a comment on figures back: it shows nowhere from then on. Chair and analysts.',
});
