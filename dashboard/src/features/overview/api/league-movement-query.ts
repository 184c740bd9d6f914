import { regionFromEnum } from '@/lib/graphql/enums.ts';
import { graphql, type ResultOf } from '@/lib/graphql/graphql.ts';
import { useQuery } from '@/lib/graphql/use-query.ts';
import { concerns } from '@/lib/live/live-events.ts';
import type { OverviewFilters } from '../model/filters.ts';
import { asOfInstant } from '../model/filters.ts';
import { granularityFor } from '../model/granularity.ts';
import { overviewFilter, refusalOf } from './overview-variables.ts';
import { RegionLeagueQuery, toLeague } from './region-league-query.ts';

/**
 * The league as it stood in the previous period (the server's own, from the summary): the same
 * question over those days, as known at the same instant, so a move is the regions' and not the data's.
 */
export const usePreviousLeague = (
  filters: OverviewFilters,
  kpi: string,
  previousPeriod: { readonly from: string; readonly to: string } | undefined,
) => {
  const state = useQuery(
    RegionLeagueQuery,
    {
      spec: {
        measures: [kpi],
        dimensions: [{ dimension: 'region' }],
        period: previousPeriod ?? { from: filters.from, to: filters.to },
        filter: overviewFilter({ region: null, sphere: filters.sphere }),
        asOf: asOfInstant(filters.asOf),
        limit: 20,
      },
    },
    { skip: !previousPeriod },
  );
  return { ...state, data: state.data ? toLeague(state.data) : undefined };
};

export const LeagueSparklinesQuery = graphql(`
  query LeagueSparklines($spec: KpiChartSpec!) {
    chart(spec: $spec) {
      __typename
      ... on KpiChart {
        rows {
          keys {
            key
            period {
              from
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

/** Each region's values of the KPI in time order, one point a bucket. */
export const toSparklines = (
  data: ResultOf<typeof LeagueSparklinesQuery>,
): Readonly<Record<string, readonly (number | null)[]>> | undefined => {
  const chart = data.chart;
  if (chart.__typename !== 'KpiChart') return undefined;
  const points = new Map<string, { start: string; value: number | null }[]>();
  for (const row of chart.rows) {
    const region = row.keys[0]?.key;
    const start = row.keys[1]?.period?.from;
    if (!region || !start) continue;
    const code = regionFromEnum(region);
    points.set(code, [...(points.get(code) ?? []), { start, value: row.values[0] ?? null }]);
  }
  return Object.fromEntries(
    [...points].map(([region, line]) => [
      region,
      line.sort((a, b) => a.start.localeCompare(b.start)).map((p) => p.value),
    ]),
  );
};

// Coarser than the trend charts: a sparkline is a few dozen pixels wide.
const SPARK_GRANULARITY = {
  day: 'WEEK',
  week: 'WEEK',
  month: 'MONTH',
  quarter: 'QUARTER',
  year: 'YEAR',
} as const;

/** One request for every region's line: the chart query by region and time. */
export const useLeagueSparklines = (filters: OverviewFilters, kpi: string) => {
  const state = useQuery(
    LeagueSparklinesQuery,
    {
      spec: {
        measures: [kpi],
        dimensions: [
          { dimension: 'region' },
          { dimension: 'time', granularity: SPARK_GRANULARITY[granularityFor(filters.from, filters.to)] },
        ],
        period: { from: filters.from, to: filters.to },
        filter: overviewFilter({ region: null, sphere: filters.sphere }),
        asOf: asOfInstant(filters.asOf),
        limit: 20,
      },
    },
    { live: filters.asOf ? false : (change) => concerns(change, null, [kpi]) },
  );
  return {
    ...state,
    error: state.error ?? refusalOf(state.data?.chart),
    data: state.data ? toSparklines(state.data) : undefined,
  };
};
