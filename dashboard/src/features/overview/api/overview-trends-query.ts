import { graphql, type ResultOf, type VariablesOf } from '@/lib/graphql/graphql.ts';
import { useQuery } from '@/lib/graphql/use-query.ts';
import { concerns } from '@/lib/live/live-events.ts';
import type { OverviewFilters } from '../model/filters.ts';
import { capPoints, type Granularity, granularityFor } from '../model/granularity.ts';
import type { SeriesPoint } from '../model/kpi-view.ts';
import { overviewScope, refusalOf, valuesByMeasure } from './overview-variables.ts';

export const TREND_KPIS = [
  'risksIdentified',
  'causesRemoved',
  'removalRate',
  'recurrenceRate',
  'medianDaysToRemoval',
  'p90DaysToRemoval',
] as const;

const ADDITIVE = new Set<string>(['risksIdentified', 'causesRemoved']);

const GRANULARITY = { day: 'DAY', week: 'WEEK', month: 'MONTH', quarter: 'QUARTER', year: 'YEAR' } as const;

export const OverviewTrendsQuery = graphql(`
  query OverviewTrends($spec: KpiChartSpec!) {
    chart(spec: $spec) {
      __typename
      ... on KpiChart {
        granularity
        measures
        rows {
          keys {
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

export const toTrends = (data: ResultOf<typeof OverviewTrendsQuery>, asked: Granularity) => {
  const chart = data.chart;
  if (chart.__typename !== 'KpiChart') return undefined;
  const points: SeriesPoint[] = chart.rows.flatMap((row) => {
    const period = row.keys[0]?.period;
    if (!period) return [];
    const values = valuesByMeasure(chart.measures, row.values);
    return [{ start: period.from, end: period.to, values }];
  });
  points.sort((a, b) => a.start.localeCompare(b.start));
  const used = chart.granularity ? (chart.granularity.toLowerCase() as Granularity) : asked;
  return { granularity: used, points: capPoints(points, ADDITIVE) };
};

/** What the trends ask for these filters (all series in one request); the preload asks the same. */
export const trendsVariables = (filters: OverviewFilters) => {
  const scope = overviewScope(filters);
  return {
    spec: {
      measures: [...TREND_KPIS],
      dimensions: [{ dimension: 'time', granularity: GRANULARITY[granularityFor(filters.from, filters.to)] }],
      period: scope.period,
      filter: scope.filter,
      asOf: scope.asOf,
      sortBy: 'label',
      sortDirection: 'ASC',
      limit: 1000,
    },
  } satisfies VariablesOf<typeof OverviewTrendsQuery>;
};

/** All trend series in one request: the chart query with time as its one dimension. */
export const useOverviewTrends = (filters: OverviewFilters) => {
  const granularity = granularityFor(filters.from, filters.to);
  const state = useQuery(OverviewTrendsQuery, trendsVariables(filters), {
    live: filters.asOf ? false : (change) => concerns(change, filters.region, TREND_KPIS),
  });
  return {
    ...state,
    error: state.error ?? refusalOf(state.data?.chart),
    data: state.data ? toTrends(state.data, granularity) : undefined,
  };
};
