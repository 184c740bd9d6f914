import type { KpiFilter } from '@kpi/projections';
import { builder } from '../../builder.ts';
import {
  CauseCategoryEnum,
  RegionCodeEnum,
  RiskSourceEnum,
  SphereEnum,
} from '../mutations/vocabulary-enums.ts';

export const KpiFilterInput = builder.inputType('KpiFilter', {
  description:
    'Each list means "any of these"; an absent or empty list does not filter. Risks, and the recommendations on them, are filtered by the classification they have now (or as of asOf); rights restored by their own region and organization, and by sphere, cause category and source through the risk they name (a case naming no risk is left out by those three).',
  fields: (t) => ({
    regions: t.field({
      type: [RegionCodeEnum],
      required: false,
      description:
        "A region's own work: a central body's risk that names the region counts in the body's unit, not here.",
    }),
    units: t.stringList({
      required: false,
      description:
        "Reporting units by code: a region's (KZ-15, its own work) or a central body's (MIN-HEALTH). A risk sits in exactly one unit: the body it was submitted for, else its region; a recommendation in its risk's. With regions, a unit must be in both.",
    }),
    spheres: t.field({ type: [SphereEnum], required: false }),
    organizations: t.stringList({
      required: false,
      description: 'Organization names, matched after trimming, collapsing spaces and case-folding.',
    }),
    causeCategories: t.field({ type: [CauseCategoryEnum], required: false }),
    sources: t.field({ type: [RiskSourceEnum], required: false }),
    districts: t.stringList({
      required: false,
      description:
        'Districts by KATO code (nine digits). Risks and their recommendations count in the district of their risk as classified now (or as of asOf), rights restored in that of the risk they name; what names no district counts at region level only and is left out by this filter.',
    }),
  }),
});

export const PeriodInput = builder.inputType('KpiPeriodInput', {
  description: 'Business dates (occurredOn), both ends included.',
  fields: (t) => ({
    from: t.field({ type: 'Date', required: true }),
    to: t.field({ type: 'Date', required: true }),
  }),
});

export const PeriodRef = builder.objectRef<{ from: string; to: string }>('KpiPeriod').implement({
  description: 'Business dates, both ends included.',
  fields: (t) => ({
    from: t.field({ type: 'Date', resolve: (p) => p.from }),
    to: t.field({ type: 'Date', resolve: (p) => p.to }),
  }),
});

export const GranularityEnum = builder.enumType('KpiGranularity', {
  description: 'Calendar buckets of a series; weeks are ISO weeks starting on Monday.',
  values: {
    DAY: { value: 'day' },
    WEEK: { value: 'week' },
    MONTH: { value: 'month' },
    QUARTER: { value: 'quarter' },
    YEAR: { value: 'year' },
  } as const,
});

type FilterArg =
  | {
      regions?: readonly string[] | null;
      units?: readonly string[] | null;
      spheres?: readonly string[] | null;
      organizations?: readonly string[] | null;
      causeCategories?: readonly string[] | null;
      sources?: readonly string[] | null;
      districts?: readonly string[] | null;
    }
  | null
  | undefined;

export const toFilter = (f: FilterArg): KpiFilter => ({
  regions: f?.regions ?? null,
  units: f?.units ?? null,
  spheres: f?.spheres ?? null,
  organizations: f?.organizations ?? null,
  causeCategories: f?.causeCategories ?? null,
  sources: f?.sources ?? null,
  districts: f?.districts ?? null,
});

/** What every answer says it reflects. */
export const knowledgeFields = builder
  .interfaceRef<{ asOf: string | null; position: number }>('KpiKnowledge')
  .implement({
    description: 'What an answer reflects: the asOf asked (null: everything known) and the log position.',
    fields: (t) => ({
      asOf: t.field({
        type: 'DateTime',
        nullable: true,
        description: 'Only events recorded at or before this instant were counted; null: every event folded.',
        resolve: (k) => k.asOf,
      }),
      position: t.exposeFloat('position', { description: 'The last log position the answer reflects.' }),
    }),
  });
