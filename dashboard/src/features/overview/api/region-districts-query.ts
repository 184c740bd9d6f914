import { graphql } from '@/lib/graphql/graphql.ts';
import { useQuery } from '@/lib/graphql/use-query.ts';
import { concerns } from '@/lib/live/live-events.ts';
import type { OverviewFilters } from '../model/filters.ts';
import { overviewFilter, overviewScope, refusalOf } from './overview-variables.ts';

/** The KPIs of each district of the region in focus. */
export const DISTRICT_KPIS = ['risksIdentified', 'causesRemoved', 'removalRate', 'openRisks'] as const;
/** Its outcomes: receptions, what they brought to light, and the citizens' perception. */
export const DISTRICT_OUTCOMES = ['receptionsHeld', 'risksPerReception', 'perceptionIndex'] as const;

export const OverviewDistrictsQuery = graphql(`
  query OverviewDistricts($spec: KpiChartSpec!) {
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

/**
 * The districts of the region in focus, each with its KPIs and outcomes for the overview's period.
 * Receptions and surveys have no sphere: with a sphere chosen, only the KPIs are asked.
 */
export const useOverviewDistricts = (filters: OverviewFilters) => {
  const region = filters.region;
  const scope = overviewScope(filters);
  const state = useQuery(
    OverviewDistrictsQuery,
    {
      spec: {
        measures: filters.sphere ? [...DISTRICT_KPIS] : [...DISTRICT_KPIS, ...DISTRICT_OUTCOMES],
        dimensions: [{ dimension: 'district' }],
        period: scope.period,
        filter: overviewFilter({ region, sphere: filters.sphere }),
        asOf: scope.asOf,
        sortBy: 'label',
        limit: 1000,
      },
    },
    {
      skip: region === null,
      live: filters.asOf
        ? false
        : (change) => concerns(change, region, [...DISTRICT_KPIS, ...DISTRICT_OUTCOMES, 'citizensReceived']),
    },
  );
  const chart = state.data?.chart;
  return {
    ...state,
    error: state.error ?? refusalOf(chart),
    data: chart?.__typename === 'KpiChart' ? chart : undefined,
  };
};
