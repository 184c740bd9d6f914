import { z } from 'zod';
import { districtCode } from '../districts.ts';
import { businessDate, causeCategory, entityId, regionCode, riskSource, sphere, text } from '../fields.ts';
import { issueParams } from '../issue-codes.ts';

/**
 * Analysts' saved charts and personal boards are recorded as events like everything else, so a
 * shared chart keeps its history and nothing is edited in place. Streams: `chart-<chartId>` for
 * one chart, `board-<userId>` for the order of one analyst's board. KPIs never read these events.
 */
export const CHART_TYPES = ['LINE', 'AREA', 'BAR', 'STACKED_BAR', 'PIE', 'TABLE'] as const;
export type ChartType = (typeof CHART_TYPES)[number];

export const TIME_GRANULARITIES = ['DAY', 'WEEK', 'MONTH', 'QUARTER', 'YEAR'] as const;
export type TimeGranularity = (typeof TIME_GRANULARITIES)[number];

export const SORT_DIRECTIONS = ['ASC', 'DESC'] as const;

/** Most measures one chart may plot; more than this is unreadable on one axis. */
export const MAX_CHART_MEASURES = 6;
export const MAX_CHART_DIMENSIONS = 2;
/** Most charts one board holds. */
export const MAX_BOARD_CHARTS = 48;

/**
 * Measure and dimension names are kept as identifiers, not a closed list: the catalogue of
 * measures belongs to the KPI engine and grows, and a chart saved with a measure the engine later
 * renames must stay readable (the chart query reports it as unknown when the chart is opened).
 */
const identifier = z
  .string({ error: 'is required' })
  .regex(/^[A-Za-z][A-Za-z0-9_]{0,63}$/, { error: 'must be an identifier such as causesRemoved or REGION' });

const uniqueList = <T extends z.ZodType>(item: T, max: number) =>
  z
    .array(item)
    .max(max, { error: `must hold at most ${max} values` })
    .refine((values) => new Set(values).size === values.length, {
      error: 'must not repeat a value',
      params: issueParams('repeated'),
    });

export const ChartDimensionSpec = z.strictObject({
  by: identifier,
  /** Only for the time dimension: the width of one bucket. */
  granularity: z.enum(TIME_GRANULARITIES, { error: 'must be DAY, WEEK, MONTH, QUARTER or YEAR' }).nullish(),
});

export const ChartFiltersSpec = z
  .strictObject({
    /** Business-date period, both ends included. */
    from: businessDate.nullish(),
    to: businessDate.nullish(),
    regions: uniqueList(regionCode, 20).nullish(),
    spheres: uniqueList(sphere, 20).nullish(),
    causeCategories: uniqueList(causeCategory, 20).nullish(),
    sources: uniqueList(riskSource, 20).nullish(),
    organizations: uniqueList(text(300), 50).nullish(),
    districts: uniqueList(districtCode, 50).nullish(),
  })
  .refine((f) => !f.from || !f.to || f.from <= f.to, {
    error: 'must not be before the start of the period',
    params: issueParams('before_start'),
    path: ['to'],
  });

/** What a chart asks the analysts' query, and how it is drawn. */
export const ChartSpecData = z.strictObject({
  chartType: z.enum(CHART_TYPES, { error: 'must be LINE, AREA, BAR, STACKED_BAR, PIE or TABLE' }),
  measures: uniqueList(identifier, MAX_CHART_MEASURES).refine((m) => m.length > 0, {
    error: 'choose at least one measure',
    params: issueParams('required'),
  }),
  dimensions: z
    .array(ChartDimensionSpec)
    .max(MAX_CHART_DIMENSIONS, { error: `must hold at most ${MAX_CHART_DIMENSIONS} dimensions` })
    .refine((d) => new Set(d.map((x) => x.by)).size === d.length, {
      error: 'must not repeat a dimension',
      params: issueParams('repeated'),
    }),
  filters: ChartFiltersSpec,
  /** Reproduce the chart as it was known at this instant; null follows the latest knowledge. */
  asOf: z.iso.datetime({ offset: true, error: 'must be an ISO 8601 instant' }).nullish(),
  sort: z
    .strictObject({
      by: identifier,
      direction: z.enum(SORT_DIRECTIONS, { error: 'must be ASC or DESC' }),
    })
    .nullish(),
  limit: z
    .int({ error: 'must be a whole number' })
    .min(1, { error: 'must be at least 1' })
    .max(2000, { error: 'must be at most 2000' })
    .nullish(),
});
export type ChartSpec = z.output<typeof ChartSpecData>;

const chartName = text(200);
const ownerId = z.string({ error: 'is required' }).min(1).max(200);

export const ChartSavedData = z.strictObject({
  chartId: entityId,
  name: chartName,
  spec: ChartSpecData,
  /** The analyst who saved it: the only one who may change or delete it. */
  owner: ownerId,
  occurredOn: businessDate,
});

export const ChartRenamedData = z.strictObject({
  chartId: entityId,
  name: chartName,
  occurredOn: businessDate,
});

export const ChartUpdatedData = z.strictObject({
  chartId: entityId,
  spec: ChartSpecData,
  occurredOn: businessDate,
});

export const ChartDeletedData = z.strictObject({ chartId: entityId, occurredOn: businessDate });

/** The whole order of one analyst's board; the latest event wins. */
export const BoardArrangedData = z.strictObject({
  owner: ownerId,
  chartIds: uniqueList(entityId, MAX_BOARD_CHARTS),
  occurredOn: businessDate,
});

export const chartStreams = {
  chart: (chartId: string) => `chart-${chartId}`,
  board: (userId: string) => `board-${userId}`,
} as const;

export const CHART_EVENT_TYPES = [
  'ChartSaved',
  'ChartRenamed',
  'ChartUpdated',
  'ChartDeleted',
  'BoardArranged',
] as const;
export type ChartEventType = (typeof CHART_EVENT_TYPES)[number];
