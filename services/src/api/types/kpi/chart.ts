import {
  type ChartRow,
  chartAgainstTargets,
  chartWithOutcomes,
  type DimensionValue,
  emptyOutcomesState,
  emptyTargetsState,
  isOutcomeMeasure,
  type TargetChart,
  targetMeasureOf,
} from '@kpi/projections';
import { GraphQLError } from 'graphql';
import { FIGURE_READERS } from '../../../identity/policy.ts';
import { builder } from '../../builder.ts';
import type { ApiContext } from '../../context.ts';
import { boundFilter, kpiReadModel } from './access.ts';
import { withBodyNames } from './body-names.ts';
import {
  GranularityEnum,
  KpiFilterInput,
  knowledgeFields,
  PeriodInput,
  PeriodRef,
  toFilter,
} from './inputs.ts';
import { answer, KpiAccessDeniedRef, KpiQueryFailedRef, resultType } from './results.ts';

const ChartKeyRef = builder
  .objectRef<DimensionValue & { period?: { from: string; to: string } }>('KpiChartKey')
  .implement({
    description: 'A value of one dimension of a chart row.',
    fields: (t) => ({
      dimension: t.exposeString('dimension', {
        description: 'region, centralBody, district, sphere, organization, causeCategory, source or time.',
      }),
      key: t.exposeString('key', {
        description:
          'A code (KZ-15, MIN-HEALTH, LAND_RELATIONS), a district by its KATO code (154845000), an organization as `<region>|<normalised name>`, a time bucket (2026-03), or "" for not specified (for districts: no district, region level).',
      }),
      labelRu: t.string({ resolve: (k) => k.label.ru }),
      labelKk: t.string({ resolve: (k) => k.label.kk }),
      labelEn: t.string({ resolve: (k) => k.label.en }),
      region: t.exposeString('region', {
        nullable: true,
        description: "For a region, a district or an organization: the region's code.",
      }),
      period: t.field({
        type: PeriodRef,
        nullable: true,
        description: 'For a time bucket: its days.',
        resolve: (k) => k.period ?? null,
      }),
    }),
  });

const ChartRowRef = builder.objectRef<ChartRow>('KpiChartRow').implement({
  fields: (t) => ({
    keys: t.field({
      type: [ChartKeyRef],
      description: 'One per dimension, in the order asked.',
      resolve: (r) => [...r.keys],
    }),
    values: t.field({
      type: ['Float'],
      nullable: { list: false, items: true },
      description: 'One per measure, in the order asked; null where the set is empty.',
      resolve: (r) => [...r.values],
    }),
  }),
});

const KpiChartRef = builder.objectRef<TargetChart>('KpiChart').implement({
  description: 'The answer to a custom chart: rows of dimension values and measure values, bounded.',
  interfaces: [knowledgeFields],
  fields: (t) => ({
    measures: t.exposeStringList('measures'),
    dimensions: t.exposeStringList('dimensions'),
    granularity: t.field({
      type: GranularityEnum,
      nullable: true,
      description:
        'The time granularity used: coarser than asked when the chart would exceed 2,000 points per series.',
      resolve: (c) => c.granularity,
    }),
    period: t.field({ type: PeriodRef, resolve: (c) => c.period }),
    rows: t.field({ type: [ChartRowRef], resolve: (c) => [...c.rows] }),
    total: t.exposeInt('total', { description: 'Rows (or, with time, series) before the limit.' }),
    truncated: t.exposeBoolean('truncated'),
  }),
});

const SortDirectionEnum = builder.enumType('KpiSortDirection', {
  values: { ASC: { value: 'asc' }, DESC: { value: 'desc' } } as const,
});

const ChartDimensionInput = builder.inputType('KpiChartDimensionInput', {
  fields: (t) => ({
    dimension: t.string({
      required: true,
      description:
        'region (its own work), centralBody (the league of central bodies; "" the regions\' own work), district, sphere, organization, causeCategory, source or time (REGION, CENTRAL_BODY, CAUSE_CATEGORY... also accepted).',
    }),
    granularity: t.field({
      type: GranularityEnum,
      required: false,
      description: 'For time only; MONTH when absent.',
    }),
  }),
});

const ChartSpecInput = builder.inputType('KpiChartSpec', {
  fields: (t) => ({
    measures: t.stringList({
      required: true,
      description:
        "KPI names, e.g. causesRemoved, or what the targets ask of a KPI and the gap to it (positive: ahead), target_causesRemoved and gapToTarget_causesRemoved (by region, central body and time only), or the outcomes: receptionsHeld, citizensReceived, risksFromReceptions, risksPerReception, and the citizens' latest perceptionIndex and facedCorruptionShare, respondent-weighted (by region, district and time only); at most 8.",
    }),
    dimensions: t.field({
      type: [ChartDimensionInput],
      required: false,
      description: 'At most two; at most one is time.',
    }),
    filter: t.field({ type: KpiFilterInput, required: false }),
    period: t.field({ type: PeriodInput, required: true }),
    asOf: t.field({ type: 'DateTime', required: false }),
    sortBy: t.string({
      required: false,
      description: 'One of the measures, or label. Default: the first measure.',
    }),
    sortDirection: t.field({ type: SortDirectionEnum, required: false }),
    limit: t.int({
      required: false,
      description: 'Rows, or with time the series, 1 to 1000; 100 when absent.',
    }),
  }),
});

/** The targets read model, needed only when a target measure is asked. */
const targetsFor = (ctx: ApiContext, measures: readonly string[]) => {
  if (!measures.some((m) => targetMeasureOf(m) !== null)) return emptyTargetsState();
  const targets = ctx.services.projections?.readModels.targets();
  if (!targets) {
    throw new GraphQLError('the targets read model is not running', { extensions: { code: 'UNAVAILABLE' } });
  }
  return targets.state;
};

/** The outcomes read model (receptions, surveys), needed only when an outcome measure is asked. */
const outcomesFor = (ctx: ApiContext, measures: readonly string[]) => {
  if (!measures.some(isOutcomeMeasure)) return emptyOutcomesState();
  const outcomes = ctx.services.projections?.readModels.outcomes();
  if (!outcomes) {
    throw new GraphQLError('the outcomes read model is not running', { extensions: { code: 'UNAVAILABLE' } });
  }
  return outcomes.state;
};

/** `CAUSE_CATEGORY` and `causeCategory` name the same dimension. */
const dimensionName = (name: string): string =>
  /^[A-Z_]+$/.test(name) ? name.toLowerCase().replace(/_([a-z])/g, (_m, c: string) => c.toUpperCase()) : name;

const KpiChartResultRef = builder.unionType('KpiChartResult', {
  types: [KpiChartRef, KpiQueryFailedRef, KpiAccessDeniedRef],
  resolveType: resultType(KpiChartRef),
});

builder.queryField('chart', (t) =>
  t.field({
    type: KpiChartResultRef,
    description:
      "The analysts' query: measures by up to two dimensions (region, centralBody, district, sphere, organization, causeCategory, source, time), filtered, as of an instant, sorted and bounded.",
    authScopes: { role: [...FIGURE_READERS] },
    args: { spec: t.arg({ type: ChartSpecInput, required: true }) },
    resolve: (_root, { spec }, ctx) =>
      answer(
        () =>
          withBodyNames(
            ctx,
            chartWithOutcomes(
              outcomesFor(ctx, spec.measures),
              {
                measures: spec.measures,
                dimensions: (spec.dimensions ?? []).map((d) => ({
                  dimension: dimensionName(d.dimension),
                  granularity: d.granularity ?? null,
                })),
                filter: boundFilter(ctx, toFilter(spec.filter)),
                period: spec.period,
                asOf: spec.asOf ?? null,
                sort:
                  spec.sortBy || spec.sortDirection
                    ? { by: spec.sortBy ?? spec.measures[0] ?? '', direction: spec.sortDirection ?? null }
                    : null,
                limit: spec.limit ?? null,
              },
              (asked) =>
                chartAgainstTargets(
                  kpiReadModel(ctx),
                  targetsFor(ctx, asked.measures),
                  asked,
                  ctx.services.clock(),
                ),
            ),
          ),
        'spec',
      ),
  }),
);
