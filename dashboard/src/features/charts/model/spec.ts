import type { VariablesOf } from '@/lib/graphql/graphql.ts';
import type { SaveChartMutation } from '../api/save-chart-mutation.ts';
import type { SavedChart } from '../api/saved-chart-fields.ts';
import { kpiOfMeasure } from './target-measures.ts';

/** A chart as the builder edits it: exactly what `saveChart` stores and the chart query is asked. */
export type ChartSpec = VariablesOf<typeof SaveChartMutation>['input']['spec'];
export type ChartType = ChartSpec['chartType'];
export type Granularity = NonNullable<ChartSpec['dimensions'][number]['granularity']>;

export const CHART_TYPES: readonly ChartType[] = ['LINE', 'AREA', 'BAR', 'STACKED_BAR', 'PIE', 'TABLE'];
export const GRANULARITIES: readonly Granularity[] = ['DAY', 'WEEK', 'MONTH', 'QUARTER', 'YEAR'];
export const DIMENSIONS = [
  'TIME',
  'REGION',
  'DISTRICT',
  'SPHERE',
  'ORGANIZATION',
  'CAUSE_CATEGORY',
  'SOURCE',
] as const;
export type DimensionKey = (typeof DIMENSIONS)[number];
export const MAX_MEASURES = 6;

export type MeasureShape = 'count' | 'rate' | 'days' | 'sum' | 'decimal';
/**
 * The KPI engine's measures, grouped as an analyst looks for them, then the outcomes: citizen
 * receptions and perception surveys (charted by region, district and time only, and never against
 * a target: `outcome`).
 */
export const MEASURES: readonly {
  readonly key: string;
  readonly shape: MeasureShape;
  readonly outcome?: true;
}[] = [
  { key: 'causesRemoved', shape: 'count' },
  { key: 'risksIdentified', shape: 'count' },
  { key: 'removalRate', shape: 'rate' },
  { key: 'medianDaysToRemoval', shape: 'days' },
  { key: 'p90DaysToRemoval', shape: 'days' },
  { key: 'openRisks', shape: 'count' },
  { key: 'openRisksAged0To30', shape: 'count' },
  { key: 'openRisksAged31To90', shape: 'count' },
  { key: 'openRisksAged91To180', shape: 'count' },
  { key: 'openRisksAged181To365', shape: 'count' },
  { key: 'openRisksAgedOver365', shape: 'count' },
  { key: 'recommendationsIssued', shape: 'count' },
  { key: 'recommendationsImplemented', shape: 'count' },
  { key: 'recommendationsOverdue', shape: 'count' },
  { key: 'implementationRate', shape: 'rate' },
  { key: 'onTimeRate', shape: 'rate' },
  { key: 'rightsRestoredCases', shape: 'count' },
  { key: 'rightsRestoredPeople', shape: 'count' },
  { key: 'rightsRestoredMoneyKzt', shape: 'sum' },
  { key: 'recurrenceRate', shape: 'rate' },
  { key: 'coverageOrganizations', shape: 'count' },
  { key: 'coverageProcesses', shape: 'count' },
  { key: 'receptionsHeld', shape: 'count', outcome: true },
  { key: 'citizensReceived', shape: 'count', outcome: true },
  { key: 'risksFromReceptions', shape: 'count', outcome: true },
  { key: 'risksPerReception', shape: 'decimal', outcome: true },
  { key: 'perceptionIndex', shape: 'decimal', outcome: true },
  { key: 'facedCorruptionShare', shape: 'rate', outcome: true },
];
/** A target and a gap read as their KPI does (a rate's gap in points of a percentage). */
export const shapeOf = (measure: string): MeasureShape =>
  MEASURES.find((m) => m.key === kpiOfMeasure(measure))?.shape ?? 'count';

/** A new chart: causes removed by month over the last twelve months, as the methodology leads with. */
export const defaultSpec = (today: string): ChartSpec => ({
  chartType: 'LINE',
  measures: ['causesRemoved'],
  dimensions: [{ by: 'TIME', granularity: 'MONTH' }],
  filters: { from: `${Number(today.slice(0, 4)) - 1}-${today.slice(5, 7)}-01`, to: today },
  asOf: null,
  sort: null,
  limit: null,
});

/** A saved chart's spec as the builder edits it (the query's answer carries nulls and typenames). */
export const specOfSaved = (chart: SavedChart): ChartSpec => ({
  chartType: chart.spec.chartType,
  measures: [...chart.spec.measures],
  dimensions: chart.spec.dimensions.map((d) => ({ by: d.by, granularity: d.granularity ?? null })),
  filters: {
    from: chart.spec.filters.from ?? null,
    to: chart.spec.filters.to ?? null,
    regions: chart.spec.filters.regions ?? null,
    spheres: chart.spec.filters.spheres ?? null,
    causeCategories: chart.spec.filters.causeCategories ?? null,
    sources: chart.spec.filters.sources ?? null,
    organizations: chart.spec.filters.organizations ?? null,
    districts: chart.spec.filters.districts ?? null,
  },
  asOf: chart.spec.asOf ?? null,
  sort: chart.spec.sort ? { by: chart.spec.sort.by, direction: chart.spec.sort.direction } : null,
  limit: chart.spec.limit ?? null,
});

/** The unsaved builder state lives in the URL, so a reload or a pasted link keeps it. */
export const encodeSpec = (spec: ChartSpec): string =>
  btoa(String.fromCharCode(...new TextEncoder().encode(JSON.stringify(spec))))
    .replaceAll('+', '-')
    .replaceAll('/', '_')
    .replace(/=+$/, '');

export const decodeSpec = (text: string | null): ChartSpec | null => {
  if (!text) return null;
  try {
    const binary = atob(text.replaceAll('-', '+').replaceAll('_', '/'));
    const parsed = JSON.parse(new TextDecoder().decode(Uint8Array.from(binary, (c) => c.charCodeAt(0))));
    if (!parsed || !Array.isArray(parsed.measures) || !Array.isArray(parsed.dimensions) || !parsed.chartType)
      return null;
    return { filters: {}, ...parsed } as ChartSpec;
  } catch {
    return null;
  }
};

/** Two specs draw the same chart when their content is equal. */
export const sameSpec = (a: ChartSpec, b: ChartSpec): boolean => JSON.stringify(a) === JSON.stringify(b);
