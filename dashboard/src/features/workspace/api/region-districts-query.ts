import { graphql, type ResultOf } from '@/lib/graphql/graphql.ts';
import { useQuery } from '@/lib/graphql/use-query.ts';
import { almatyToday } from '../model/region-code.ts';

/** The KPIs the Districts tab shows for each district, in this order. */
export const DISTRICT_MEASURES = [
  'risksIdentified',
  'causesRemoved',
  'removalRate',
  'openRisks',
  'recommendationsOverdue',
  'rightsRestoredCases',
] as const;

/** A region's KPIs by district: the districts its risks name, and the region-level rest. */
export const RegionDistrictsQuery = graphql(`
  query RegionDistricts($spec: KpiChartSpec!) {
    chart(spec: $spec) {
      __typename
      ... on KpiChart {
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

type Chart = Extract<ResultOf<typeof RegionDistrictsQuery>['chart'], { __typename: 'KpiChart' }>;
export type DistrictRow = Chart['rows'][number];

/** Since the start of the year, as the region's cards count. */
export const useRegionDistricts = (regionCode: string) => {
  const today = almatyToday();
  const state = useQuery(
    RegionDistrictsQuery,
    {
      spec: {
        measures: [...DISTRICT_MEASURES],
        dimensions: [{ dimension: 'district' }],
        filter: { regions: [regionCode.replace('-', '_') as 'KZ_15'] },
        period: { from: `${today.slice(0, 4)}-01-01`, to: today },
        sortBy: 'risksIdentified',
        limit: 1000,
      },
    },
    { live: true },
  );
  const chart = state.data?.chart;
  return {
    ...state,
    period: { from: `${today.slice(0, 4)}-01-01`, to: today },
    data: chart?.__typename === 'KpiChart' ? chart.rows : undefined,
  };
};
