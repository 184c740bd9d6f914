import { graphql, type ResultOf } from '@/lib/graphql/graphql.ts';
import { useQuery } from '@/lib/graphql/use-query.ts';
import { concerns } from '@/lib/live/live-events.ts';
import { asOfInstant, type OverviewFilters } from '../model/filters.ts';
import type { RegionPerceptionChange } from '../model/outcome-points.ts';
import { refusalOf } from './overview-variables.ts';

/** What the live feed names when a survey is recorded or withdrawn. */
const PERCEPTION_MEASURES = ['perceptionIndex', 'facedCorruptionShare'];

export const PerceptionChangeQuery = graphql(`
  query OverviewPerceptionChange($period: KpiPeriodInput!, $asOf: DateTime) {
    perceptionChange(period: $period, group: CITIZENS, asOf: $asOf) {
      __typename
      ... on PerceptionChange {
        rows {
          unit
          change
          before {
            perceptionIndex
            conductedOn
          }
          latest {
            perceptionIndex
            conductedOn
          }
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

export const toPerceptionChange = (
  data: ResultOf<typeof PerceptionChangeQuery>,
): readonly RegionPerceptionChange[] =>
  data.perceptionChange.__typename === 'PerceptionChange' ? data.perceptionChange.rows : [];

/** Each region's change in the citizens' perception index over the overview's period (an officer's: their region). */
export const usePerceptionChange = (filters: Pick<OverviewFilters, 'from' | 'to' | 'asOf'>) => {
  const state = useQuery(
    PerceptionChangeQuery,
    { period: { from: filters.from, to: filters.to }, asOf: asOfInstant(filters.asOf) },
    // A survey recorded or withdrawn moves its region's point without a reload; a past view stays put.
    { live: filters.asOf ? false : (change) => concerns(change, null, PERCEPTION_MEASURES) },
  );
  return {
    ...state,
    error: state.error ?? refusalOf(state.data?.perceptionChange),
    data: state.data ? toPerceptionChange(state.data) : undefined,
  };
};
