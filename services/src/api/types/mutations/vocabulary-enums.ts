import {
  CAUSE_CATEGORIES,
  type Label,
  REGIONS,
  RIGHT_RESTORED_KINDS,
  RISK_SOURCES,
  SPHERES,
  TRANSFORMATION_KINDS,
} from '@kpi/schema';
import { builder } from '../../builder.ts';

/**
 * The methodology's closed vocabularies as GraphQL enums, with the codes of schema/vocabulary.ts.
 * A region code such as KZ-15 is no GraphQL name, so its enum value is KZ_15; resolvers see KZ-15.
 */
const vocabularyEnum = <Code extends string>(
  name: string,
  description: string,
  terms: Readonly<Record<Code, Label>>,
) =>
  builder.enumType(name, {
    description,
    values: Object.fromEntries(
      (Object.entries(terms) as [Code, Label][]).map(([code, label]) => [
        code,
        { value: code, description: label.en },
      ]),
    ) as Record<Code, { value: Code; description: string }>,
  });

export const RegionCodeEnum = builder.enumType('RegionCode', {
  description: 'ISO 3166-2:KZ region code with `_` for `-`: KZ_15 is KZ-15 (Aktobe Region).',
  values: Object.fromEntries(
    REGIONS.map((r) => [r.code.replace('-', '_'), { value: r.code, description: r.name.en }]),
  ) as Record<string, { value: (typeof REGIONS)[number]['code']; description: string }>,
});

export const SphereEnum = vocabularyEnum('Sphere', 'Sphere of public administration.', SPHERES);
export const CauseCategoryEnum = vocabularyEnum(
  'CauseCategory',
  'Category of a corruption cause.',
  CAUSE_CATEGORIES,
);
export const RiskSourceEnum = vocabularyEnum('RiskSource', 'How a risk was found.', RISK_SOURCES);
export const TransformationKindEnum = vocabularyEnum(
  'TransformationKind',
  'How a process was transformed.',
  TRANSFORMATION_KINDS,
);
export const RightRestoredKindEnum = vocabularyEnum(
  'RightRestoredKind',
  'How a citizen’s or business’s rights were restored.',
  RIGHT_RESTORED_KINDS,
);
