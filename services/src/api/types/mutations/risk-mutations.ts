import { builder } from '../../builder.ts';
import { commandResultType } from '../results/command-result.ts';
import { commandMutation } from './submit.ts';
import { CauseCategoryEnum, RegionCodeEnum, RiskSourceEnum, SphereEnum } from './vocabulary-enums.ts';

const submissionId = {
  required: true,
  description: 'Chosen by the client, unique per submission (a UUID): sending it again stores nothing new.',
} as const;
const expectedRevision = {
  required: false,
  description: 'The revision of the risk the form showed: if it changed since, the answer is a Conflict.',
} as const;

const district = {
  required: false,
  description:
    'The district or city of regional significance the risk sits in, by its KATO code: nine digits beginning with the region’s KATO prefix (KZ-15: 15…). Omitted: the risk counts at region level only.',
} as const;
const districtName = {
  required: false,
  description: 'The district’s name as the officer writes it; only beside a district code.',
} as const;

const IdentifyRiskInput = builder.inputType('IdentifyRiskInput', {
  fields: (t) => ({
    submissionId: t.id(submissionId),
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
    district: t.string(district),
    districtName: t.string(districtName),
    organization: t.string({ required: true }),
    process: t.string({ required: true }),
    sphere: t.field({ type: SphereEnum, required: true }),
    causeCategory: t.field({ type: CauseCategoryEnum, required: true }),
    source: t.field({ type: RiskSourceEnum, required: true }),
    description: t.string({ required: true }),
    occurredOn: t.field({ type: 'Date', required: true, description: 'When the risk was found.' }),
  }),
});

const ReclassifyRiskInput = builder.inputType('ReclassifyRiskInput', {
  description: 'Name only the fields that change; at least one.',
  fields: (t) => ({
    submissionId: t.id(submissionId),
    riskId: t.id({ required: true }),
    expectedRevision: t.int(expectedRevision),
    district: t.string({
      required: false,
      description: 'A new district of the risk’s region, by its KATO code (see IdentifyRiskInput).',
    }),
    districtName: t.string(districtName),
    organization: t.string(),
    process: t.string(),
    sphere: t.field({ type: SphereEnum }),
    causeCategory: t.field({ type: CauseCategoryEnum }),
    source: t.field({ type: RiskSourceEnum }),
    reason: t.string({ required: true }),
    occurredOn: t.field({ type: 'Date', required: true }),
  }),
});

const WithdrawRiskInput = builder.inputType('WithdrawRiskInput', {
  fields: (t) => ({
    submissionId: t.id(submissionId),
    riskId: t.id({ required: true }),
    expectedRevision: t.int(expectedRevision),
    reason: t.string({ required: true }),
    occurredOn: t.field({ type: 'Date', required: true }),
  }),
});

const idDescription = 'The risk, named by the server for a new one.';
const IdentifyRiskResult = commandResultType('IdentifyRisk', 'riskId', idDescription);
const ReclassifyRiskResult = commandResultType('ReclassifyRisk', 'riskId', idDescription);
const WithdrawRiskResult = commandResultType('WithdrawRisk', 'riskId', idDescription);

commandMutation('identifyRisk', {
  command: 'IdentifyRisk',
  input: IdentifyRiskInput,
  result: IdentifyRiskResult,
  description: 'Records a corruption risk (a cause) found in a process of an organization of your region.',
});

commandMutation('reclassifyRisk', {
  command: 'ReclassifyRisk',
  input: ReclassifyRiskInput,
  result: ReclassifyRiskResult,
  description:
    'Corrects a risk’s classification; it counts under the new one everywhere, past periods included.',
});

commandMutation('withdrawRisk', {
  command: 'WithdrawRisk',
  input: WithdrawRiskInput,
  result: WithdrawRiskResult,
  description: 'Withdraws a risk entered in error: it leaves every KPI, every period.',
});
