import { builder } from '../../builder.ts';
import { commandResultType } from '../results/command-result.ts';
import { commandMutation } from './submit.ts';
import { RegionCodeEnum, RightRestoredKindEnum, SphereEnum } from './vocabulary-enums.ts';

const RecordRightRestoredInput = builder.inputType('RecordRightRestoredInput', {
  fields: (t) => ({
    submissionId: t.id({
      required: true,
      description:
        'Chosen by the client, unique per submission (a UUID): sending it again stores nothing new.',
    }),
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
    organization: t.string({
      required: false,
      description:
        "The body that restored the right, within the region. Required when no risk is named; otherwise the case counts in its risk's organization when this is left out.",
    }),
    sphere: t.field({
      type: SphereEnum,
      required: false,
      description:
        "The case's sphere. Required when no risk is named; otherwise the case counts in its risk's sphere when this is left out.",
    }),
    kind: t.field({ type: RightRestoredKindEnum, required: true }),
    peopleCount: t.int({ required: true, description: 'People whose rights were restored.' }),
    amountKzt: t.float({ required: false, description: 'Money restored in KZT, where known.' }),
    riskId: t.id({ required: false, description: 'The risk this case revealed, where known.' }),
    description: t.string({ required: true }),
    occurredOn: t.field({ type: 'Date', required: true }),
  }),
});

const RecordRightRestoredResult = commandResultType(
  'RecordRightRestored',
  'caseId',
  'The case, named by the server.',
);

commandMutation('recordRightRestored', {
  command: 'RecordRightRestored',
  input: RecordRightRestoredInput,
  result: RecordRightRestoredResult,
  description: 'Records a case in which a citizen’s or business’s rights were restored.',
  prepare: (input) => ({ ...input, riskId: input.riskId == null ? null : String(input.riskId) }),
});
