import { useMemo } from 'react';
import type { ApiError } from '@/lib/graphql/api-error.ts';
import { graphql, type ResultOf, type VariablesOf } from '@/lib/graphql/graphql.ts';
import { useQuery } from '@/lib/graphql/use-query.ts';
import type { MessageKey } from '@/lib/i18n/catalogue.ts';
import { useI18n } from '@/lib/i18n/i18n.tsx';
import { type KpiRefusal, kpiRefusalOf } from '@/lib/i18n/refusal-keys.ts';
import type { ChartTable } from '../model/chart-table.ts';
import { type ChartSpec, shapeOf } from '../model/spec.ts';
import { measureText } from '../model/target-measures.ts';

export const ChartDataQuery = graphql(`
  query ChartData($spec: KpiChartSpec!) {
    chart(spec: $spec) {
      __typename
      ... on KpiChart {
        measures
        dimensions
        granularity
        truncated
        total
        position
        rows {
          keys {
            dimension
            key
            labelRu
            labelKk
            labelEn
            period {
              from
              to
            }
          }
          values
        }
      }
      ... on KpiQueryFailed {
        code
        field
      }
      ... on KpiAccessDenied {
        region
      }
    }
  }
`);

type QuerySpec = VariablesOf<typeof ChartDataQuery>['spec'];
type Answer = ResultOf<typeof ChartDataQuery>['chart'];

/** The query engine answers at most this many rows (or series, with time) per chart. */
const MAX_QUERY_LIMIT = 1000;

/**
 * The last day the chart covers: the period's end, but never past the "as known on" day, whose
 * later days are not known yet (a comparison or a last bucket would read them as zero).
 */
export const periodEnd = (spec: ChartSpec, today: string): string => {
  const to = spec.filters?.to ?? today;
  const known = spec.asOf ? spec.asOf.slice(0, 10) : today;
  if (to > known) return known;
  return to;
};

/** The saved spec in the query's terms: enum spellings of regions, a period always given. */
export const toQuerySpec = (spec: ChartSpec, today: string): QuerySpec => {
  const f = spec.filters ?? {};
  const from = f.from ?? `${Number(today.slice(0, 4)) - 1}-${today.slice(5, 7)}-01`;
  return {
    measures: [...spec.measures],
    dimensions: spec.dimensions.map((d) => ({ dimension: d.by, granularity: d.granularity ?? null })),
    filter: {
      regions: f.regions?.map((r) => r.replace('-', '_')) as NonNullable<QuerySpec['filter']>['regions'],
      spheres: f.spheres as NonNullable<QuerySpec['filter']>['spheres'],
      causeCategories: f.causeCategories as NonNullable<QuerySpec['filter']>['causeCategories'],
      sources: f.sources as NonNullable<QuerySpec['filter']>['sources'],
      organizations: f.organizations ?? null,
      districts: f.districts ?? null,
    },
    period: { from, to: periodEnd(spec, today) },
    asOf: spec.asOf ?? null,
    sortBy: spec.sort?.by ?? null,
    sortDirection: spec.sort?.direction ?? null,
    limit: spec.limit ? Math.min(spec.limit, MAX_QUERY_LIMIT) : null,
  };
};

export interface ChartDataState {
  readonly table: ChartTable | undefined;
  readonly loading: boolean;
  readonly error: ApiError | null;
  /** The query engine refused the question (unknown measure, bad period): its words, and the field. */
  readonly refusal: KpiRefusal | null;
  readonly refetch: () => void;
}

const today = () => new Date(Date.now() + 5 * 3_600_000).toISOString().slice(0, 10);

/** The analysts' chart query for a spec, answered as a table in the interface language; live. */
export const useChartData = (spec: ChartSpec, options: { skip?: boolean } = {}): ChartDataState => {
  const { t, lang, fmt } = useI18n();
  const querySpec = toQuerySpec(spec, today());
  const { from, to } = querySpec.period;
  const state = useQuery(ChartDataQuery, { spec: querySpec }, { live: true, skip: options.skip ?? false });
  const answer: Answer | undefined = state.data?.chart;
  const table = useMemo((): ChartTable | undefined => {
    if (answer?.__typename !== 'KpiChart') return undefined;
    const label = (k: {
      dimension: string;
      labelRu: string;
      labelKk: string;
      labelEn: string;
      key: string;
    }) => {
      // Months and days read in the interface language; other buckets keep the server's label.
      if (k.dimension === 'time' && /^\d{4}-\d{2}$/.test(k.key)) return fmt.month(`${k.key}-01`);
      if (k.dimension === 'time' && /^\d{4}-\d{2}-\d{2}$/.test(k.key)) return fmt.shortDate(k.key);
      return (
        (lang === 'kk' ? k.labelKk : lang === 'en' ? k.labelEn : k.labelRu) || k.key || t('charts.total')
      );
    };
    return {
      period: { from, to },
      dimensions: spec.dimensions.map((d) => ({
        key: d.by,
        label: t(`charts.dimension.${d.by}` as MessageKey),
      })),
      measures: answer.measures.map((m) => ({
        key: m,
        label: measureText(t, m),
        shape: shapeOf(m),
      })),
      rows: answer.rows.map((r) => ({
        keys: r.keys.map((k) => ({
          code: k.key,
          label: label(k),
          ...(k.period ? { start: k.period.from, end: k.period.to } : {}),
        })),
        values: r.values.map((v) => (v === null || v === undefined ? null : v)),
      })),
    };
  }, [answer, lang, t, fmt, spec.dimensions, from, to]);
  const refusal = answer ? kpiRefusalOf(answer) : null;
  return { table, loading: state.loading, error: state.error, refusal, refetch: state.refetch };
};
