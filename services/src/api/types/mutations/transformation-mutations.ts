import { builder } from '../../builder.ts';
import { commandResultType } from '../results/command-result.ts';
import { commandMutation } from './submit.ts';
import { RegionCodeEnum, TransformationKindEnum } from './vocabulary-enums.ts';

const RecordTransformationInput = builder.inputType('RecordTransformationInput', {
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
    organization: t.string({ required: true }),
    process: t.string({ required: true }),
    kind: t.field({ type: TransformationKindEnum, required: true }),
    description: t.string({ required: true }),
    removesRiskIds: t.idList({
      required: true,
      description: 'The risks (causes) it removes: at least one; each is removed once.',
    }),
    implementsRecommendationIds: t.idList({
      required: false,
      description: 'Recommendations it implements; each was issued for one of the risks it removes.',
    }),
    occurredOn: t.field({ type: 'Date', required: true }),
  }),
});

const RecordTransformationResult = commandResultType(
  'RecordTransformation',
  'transformationId',
  'The transformation, named by the server.',
);

commandMutation('recordTransformation', {
  command: 'RecordTransformation',
  input: RecordTransformationInput,
  result: RecordTransformationResult,
  description:
    'Records a transformed process: it removes the listed risks and implements the listed recommendations.',
});
