import { graphql, type ResultOf } from '@/lib/graphql/graphql.ts';
import { useQuery } from '@/lib/graphql/use-query.ts';
import { concerns } from '@/lib/live/live-events.ts';
import type { BodyRow } from '../model/body-league.ts';
import type { OverviewFilters } from '../model/filters.ts';
import { overviewFilter, overviewScope, refusalOf, valuesByMeasure } from './overview-variables.ts';
import { LEAGUE_KPIS } from './region-league-query.ts';

/** The league of central bodies: the regions' league query, by central body instead of region. */
export const BodyLeagueQuery = graphql(`
  query BodyLeague($spec: KpiChartSpec!) {
    chart(spec: $spec) {
      __typename
      ... on KpiChart {
        measures
        rows {
          keys {
            key
            labelRu
            labelKk
            labelEn
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

/** The bodies' rows; the regions' own work (key "") is the regions' league, not a row here. */
export const toBodyLeague = (data: ResultOf<typeof BodyLeagueQuery>): { rows: BodyRow[] } | undefined => {
  const chart = data.chart;
  if (chart.__typename !== 'KpiChart') return undefined;
  return {
    rows: chart.rows.flatMap((row) => {
      const key = row.keys[0];
      if (!key?.key) return [];
      return [
        {
          code: key.key,
          name: { ru: key.labelRu, kk: key.labelKk, en: key.labelEn },
          values: valuesByMeasure(chart.measures, row.values),
        },
      ];
    }),
  };
};

/** At most this many bodies: the catalogue's ministries and agencies, and room for those added. */
const BODIES_SHOWN = 100;

/**
 * Every central body with work in the period, side by side; the page's sphere filter applies.
 * Asked only for those who read every unit (`skip` otherwise): an officer reads their own unit.
 */
export const useBodyLeague = (filters: OverviewFilters, skip = false) => {
  const scope = overviewScope(filters);
  const state = useQuery(
    BodyLeagueQuery,
    {
      spec: {
        measures: [...LEAGUE_KPIS],
        dimensions: [{ dimension: 'centralBody' }],
        period: scope.period,
        filter: overviewFilter({ region: null, sphere: filters.sphere }),
        asOf: scope.asOf,
        limit: BODIES_SHOWN,
      },
    },
    { skip, live: filters.asOf ? false : (change) => concerns(change, null, LEAGUE_KPIS) },
  );
  return {
    ...state,
    error: state.error ?? refusalOf(state.data?.chart),
    data: state.data ? toBodyLeague(state.data) : undefined,
  };
};
