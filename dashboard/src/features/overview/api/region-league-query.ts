import { regionFromEnum } from '@/lib/graphql/enums.ts';
import { graphql, type ResultOf } from '@/lib/graphql/graphql.ts';
import { useQuery } from '@/lib/graphql/use-query.ts';
import { concerns } from '@/lib/live/live-events.ts';
import type { OverviewFilters } from '../model/filters.ts';
import type { RegionRow } from '../model/kpi-view.ts';
import { overviewFilter, overviewScope, refusalOf, valuesByMeasure } from './overview-variables.ts';

/** Eight measures, the chart query's limit: the league's columns, the map's choices and the funnel. */
export const LEAGUE_KPIS = [
  'causesRemoved',
  'removalRate',
  'medianDaysToRemoval',
  'recommendationsOverdue',
  'rightsRestoredCases',
  'recurrenceRate',
  'risksIdentified',
  'recommendationsIssued',
] as const;

export const RegionLeagueQuery = graphql(`
  query RegionLeague($spec: KpiChartSpec!) {
    chart(spec: $spec) {
      __typename
      ... on KpiChart {
        measures
        rows {
          keys {
            key
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

export const toLeague = (data: ResultOf<typeof RegionLeagueQuery>): { rows: RegionRow[] } | undefined => {
  const chart = data.chart;
  if (chart.__typename !== 'KpiChart') return undefined;
  return {
    rows: chart.rows.flatMap((row) => {
      const key = row.keys[0]?.key;
      if (!key) return [];
      return [
        {
          region: regionFromEnum(key),
          values: valuesByMeasure(chart.measures, row.values),
        },
      ];
    }),
  };
};

/** Every region side by side; the region filter highlights one rather than hiding the others. */
export const useRegionLeague = (filters: OverviewFilters) => {
  const scope = overviewScope(filters);
  const state = useQuery(
    RegionLeagueQuery,
    {
      spec: {
        measures: [...LEAGUE_KPIS],
        dimensions: [{ dimension: 'region' }],
        period: scope.period,
        filter: overviewFilter({ region: null, sphere: filters.sphere }),
        asOf: scope.asOf,
        limit: 20,
      },
    },
    { live: filters.asOf ? false : (change) => concerns(change, null, LEAGUE_KPIS) },
  );
  return {
    ...state,
    error: state.error ?? refusalOf(state.data?.chart),
    data: state.data ? toLeague(state.data) : undefined,
  };
};
