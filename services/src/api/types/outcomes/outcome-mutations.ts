import { POPULATION_GROUPS, SURVEY_METHODS } from '@kpi/schema';
import { builder } from '../../builder.ts';
import { commandMutation } from '../mutations/submit.ts';
import { commandResultType } from '../results/command-result.ts';

export const PopulationGroupEnum = builder.enumType('PopulationGroup', {
  description: 'Who a perception survey asked.',
  values: POPULATION_GROUPS,
});

export const SurveyMethodEnum = builder.enumType('SurveyMethod', {
  description: 'How a perception survey was conducted.',
  values: SURVEY_METHODS,
});

const submissionId = {
  required: true,
  description: 'Chosen by the client, unique per submission (a UUID): sending it again stores nothing new.',
} as const;
const district = {
  required: false,
  description:
    'A district or city of regional significance by its KATO code: nine digits beginning with the region’s KATO prefix (KZ-15: 15…).',
} as const;

const RecordPerceptionSurveyInput = builder.inputType('RecordPerceptionSurveyInput', {
  fields: (t) => ({
    submissionId: t.id(submissionId),
    unit: t.string({ required: true, description: 'A region code such as KZ-15, or KZ for the country.' }),
    district: t.string(district),
    districtName: t.string({
      required: false,
      description: 'The district’s name, as the officer writes it.',
    }),
    group: t.field({ type: PopulationGroupEnum, required: true }),
    respondents: t.int({ required: true, description: 'Whole number, at least 1.' }),
    facedCorruptionShare: t.float({
      required: true,
      description: 'Share of respondents who faced corruption in the last 12 months, 0..1.',
    }),
    perceptionIndex: t.float({ required: true, description: '0..100, higher is cleaner.' }),
    method: t.field({ type: SurveyMethodEnum, required: true }),
    occurredOn: t.field({ type: 'Date', required: true, description: 'The day fieldwork ended.' }),
  }),
});

const WithdrawPerceptionSurveyInput = builder.inputType('WithdrawPerceptionSurveyInput', {
  fields: (t) => ({
    submissionId: t.id(submissionId),
    surveyId: t.id({ required: true }),
    reason: t.string({ required: true }),
    occurredOn: t.field({ type: 'Date', required: true }),
  }),
});

const RecordCitizenReceptionInput = builder.inputType('RecordCitizenReceptionInput', {
  fields: (t) => ({
    submissionId: t.id(submissionId),
    unit: t.string({
      required: true,
      description:
        "The officer's unit: a region code, such as KZ-15, or a central body's, such as MIN-HEALTH.",
    }),
    region: t.string({
      required: false,
      description:
        "Only for a central body's reception: the region it was held in (a district then lies in it). None: a national one.",
    }),
    district: t.string(district),
    districtName: t.string({ required: false }),
    citizensReceived: t.int({ required: true, description: 'Whole number, 0 or more.' }),
    issuesRaised: t.int({ required: true, description: 'Whole number, 0 or more.' }),
    occurredOn: t.field({ type: 'Date', required: true, description: 'The day of the reception.' }),
  }),
});

const surveyId = 'The survey, named by the server.';

commandMutation('recordPerceptionSurvey', {
  command: 'RecordPerceptionSurvey',
  input: RecordPerceptionSurveyInput,
  result: commandResultType('RecordPerceptionSurvey', 'surveyId', surveyId),
  description: 'Records a perception survey’s results for the officer’s own region.',
});

commandMutation('withdrawPerceptionSurvey', {
  command: 'WithdrawPerceptionSurvey',
  input: WithdrawPerceptionSurveyInput,
  result: commandResultType('WithdrawPerceptionSurvey', 'surveyId', surveyId),
  description: 'Withdraws a survey recorded in error: it then counts nowhere.',
  prepare: (input) => ({ ...input, surveyId: String(input.surveyId) }),
});

commandMutation('recordCitizenReception', {
  command: 'RecordCitizenReception',
  input: RecordCitizenReceptionInput,
  result: commandResultType('RecordCitizenReception', 'receptionId', 'The reception, named by the server.'),
  description:
    'Records a reception of citizens held by the officer’s own unit: their region, or their central body (optionally in a region).',
});
