import { CHART_TYPES, type ChartSpec, SORT_DIRECTIONS, TIME_GRANULARITIES } from '@kpi/schema';
import { builder } from '../../builder.ts';

export const ChartTypeEnum = builder.enumType('ChartType', {
  description: 'How a saved chart is drawn; every chart also has a table view.',
  values: CHART_TYPES,
});
const GranularityEnum = builder.enumType('SavedChartGranularity', { values: TIME_GRANULARITIES });
const DirectionEnum = builder.enumType('SavedChartSortDirection', { values: SORT_DIRECTIONS });

type Dimension = ChartSpec['dimensions'][number];
type Filters = ChartSpec['filters'];
type Sort = NonNullable<ChartSpec['sort']>;

const DimensionRef = builder.objectRef<Dimension>('SavedChartDimension').implement({
  fields: (t) => ({
    by: t.exposeString('by', {
      description: 'REGION, SPHERE, ORGANIZATION, CAUSE_CATEGORY, SOURCE or TIME.',
    }),
    granularity: t.field({ type: GranularityEnum, nullable: true, resolve: (d) => d.granularity ?? null }),
  }),
});

const FiltersRef = builder.objectRef<Filters>('SavedChartFilters').implement({
  fields: (t) => ({
    from: t.field({ type: 'Date', nullable: true, resolve: (f) => f.from ?? null }),
    to: t.field({ type: 'Date', nullable: true, resolve: (f) => f.to ?? null }),
    regions: t.stringList({ nullable: true, resolve: (f) => f.regions ?? null }),
    spheres: t.stringList({ nullable: true, resolve: (f) => f.spheres ?? null }),
    causeCategories: t.stringList({ nullable: true, resolve: (f) => f.causeCategories ?? null }),
    sources: t.stringList({ nullable: true, resolve: (f) => f.sources ?? null }),
    organizations: t.stringList({ nullable: true, resolve: (f) => f.organizations ?? null }),
    districts: t.stringList({ nullable: true, resolve: (f) => f.districts ?? null }),
  }),
});

const SortRef = builder.objectRef<Sort>('SavedChartSort').implement({
  fields: (t) => ({
    by: t.exposeString('by'),
    direction: t.field({ type: DirectionEnum, resolve: (s) => s.direction }),
  }),
});

export const SavedChartSpecRef = builder.objectRef<ChartSpec>('SavedChartSpec').implement({
  description: "A saved chart's question to the analysts' chart query, and how it is drawn.",
  fields: (t) => ({
    chartType: t.field({ type: ChartTypeEnum, resolve: (s) => s.chartType }),
    measures: t.exposeStringList('measures'),
    dimensions: t.field({ type: [DimensionRef], resolve: (s) => s.dimensions }),
    filters: t.field({ type: FiltersRef, resolve: (s) => s.filters }),
    asOf: t.field({ type: 'DateTime', nullable: true, resolve: (s) => s.asOf ?? null }),
    sort: t.field({ type: SortRef, nullable: true, resolve: (s) => s.sort ?? null }),
    limit: t.int({ nullable: true, resolve: (s) => s.limit ?? null }),
  }),
});

const DimensionInput = builder.inputType('SavedChartDimensionInput', {
  fields: (t) => ({
    by: t.string({ required: true }),
    granularity: t.field({ type: GranularityEnum, required: false }),
  }),
});

const FiltersInput = builder.inputType('SavedChartFiltersInput', {
  fields: (t) => ({
    from: t.field({ type: 'Date', required: false }),
    to: t.field({ type: 'Date', required: false }),
    regions: t.stringList({ required: false }),
    spheres: t.stringList({ required: false }),
    causeCategories: t.stringList({ required: false }),
    sources: t.stringList({ required: false }),
    organizations: t.stringList({ required: false }),
    districts: t.stringList({ required: false, description: 'KATO codes of districts, nine digits.' }),
  }),
});

const SortInput = builder.inputType('SavedChartSortInput', {
  fields: (t) => ({
    by: t.string({ required: true }),
    direction: t.field({ type: DirectionEnum, required: true }),
  }),
});

export const SavedChartSpecInput = builder.inputType('SavedChartSpecInput', {
  fields: (t) => ({
    chartType: t.field({ type: ChartTypeEnum, required: true }),
    measures: t.stringList({ required: true }),
    dimensions: t.field({ type: [DimensionInput], required: true }),
    filters: t.field({ type: FiltersInput, required: false }),
    asOf: t.field({ type: 'DateTime', required: false }),
    sort: t.field({ type: SortInput, required: false }),
    limit: t.int({ required: false }),
  }),
});

/** The input as the event schema reads it: absent filters are none, an instant is ISO text. */
export const specFromInput = (input: typeof SavedChartSpecInput.$inferInput): unknown => ({
  ...input,
  filters: input.filters ?? {},
  asOf: input.asOf instanceof Date ? input.asOf.toISOString() : (input.asOf ?? null),
});
