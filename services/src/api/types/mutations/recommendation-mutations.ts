import { builder } from '../../builder.ts';
import { commandResultType } from '../results/command-result.ts';
import { commandMutation } from './submit.ts';
import { RegionCodeEnum } from './vocabulary-enums.ts';

const submissionId = {
  required: true,
  description: 'Chosen by the client, unique per submission (a UUID): sending it again stores nothing new.',
} as const;
const expectedRevision = {
  required: false,
  description:
    'The revision of the recommendation the form showed: if it changed since, the answer is a Conflict.',
} as const;

const IssueRecommendationInput = builder.inputType('IssueRecommendationInput', {
  fields: (t) => ({
    submissionId: t.id(submissionId),
    riskId: t.id({ required: true, description: 'The risk the recommendation is to remove.' }),
    region: t.field({
      type: RegionCodeEnum,
      required: true,
      description:
        "The region it sits in. A central body's officer names the region concerned, or the body's seat, Astana (KZ_71), for a national one.",
    }),
    centralBody: t.string({
      required: false,
      description:
        "The central state body it is submitted for (the catalogue's code): a central body's officer names their own body, which is then its reporting unit. Omitted: the region is its unit.",
    }),
    organization: t.string({ required: true, description: 'The organization it is issued to.' }),
    text: t.string({ required: true }),
    dueOn: t.field({ type: 'Date', required: true }),
    occurredOn: t.field({ type: 'Date', required: true, description: 'The date of issue.' }),
  }),
});

const RejectRecommendationInput = builder.inputType('RejectRecommendationInput', {
  fields: (t) => ({
    submissionId: t.id(submissionId),
    recommendationId: t.id({ required: true }),
    expectedRevision: t.int(expectedRevision),
    reason: t.string({ required: true }),
    occurredOn: t.field({ type: 'Date', required: true }),
  }),
});

const MoveRecommendationDueDateInput = builder.inputType('MoveRecommendationDueDateInput', {
  fields: (t) => ({
    submissionId: t.id(submissionId),
    recommendationId: t.id({ required: true }),
    expectedRevision: t.int(expectedRevision),
    dueOn: t.field({ type: 'Date', required: true, description: 'The new due date.' }),
    reason: t.string({ required: true }),
    occurredOn: t.field({ type: 'Date', required: true }),
  }),
});

const idDescription = 'The recommendation, named by the server for a new one.';
const IssueRecommendationResult = commandResultType('IssueRecommendation', 'recommendationId', idDescription);
const RejectRecommendationResult = commandResultType(
  'RejectRecommendation',
  'recommendationId',
  idDescription,
);
const MoveRecommendationDueDateResult = commandResultType(
  'MoveRecommendationDueDate',
  'recommendationId',
  idDescription,
);

commandMutation('issueRecommendation', {
  command: 'IssueRecommendation',
  input: IssueRecommendationInput,
  result: IssueRecommendationResult,
  description: 'Records a recommendation issued to an organization to remove a risk, with a due date.',
});

commandMutation('rejectRecommendation', {
  command: 'RejectRecommendation',
  input: RejectRecommendationInput,
  result: RejectRecommendationResult,
  description: 'Records that a recommendation will not be implemented.',
});

commandMutation('moveRecommendationDueDate', {
  command: 'MoveRecommendationDueDate',
  input: MoveRecommendationDueDateInput,
  result: MoveRecommendationDueDateResult,
  description: 'Moves a recommendation’s due date; the latest move counts.',
});
