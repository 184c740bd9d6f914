import { graphql, type ResultOf } from '@/lib/graphql/graphql.ts';
import { useQuery } from '@/lib/graphql/use-query.ts';
import { concerns } from '@/lib/live/live-events.ts';
import { asOfInstant, type OverviewFilters } from '../model/filters.ts';
import type { RegionPerception } from '../model/perception.ts';
import { refusalOf } from './overview-variables.ts';

/** What the live feed names when a survey is recorded or withdrawn. */
const PERCEPTION_MEASURES = ['perceptionIndex', 'facedCorruptionShare'];

export const OverviewPerceptionQuery = graphql(`
  query OverviewPerception($period: KpiPeriodInput!, $asOf: DateTime) {
    perception(period: $period, group: CITIZENS, asOf: $asOf) {
      __typename
      ... on Perception {
        rows {
          unit
          perceptionIndex
          facedCorruptionShare
          conductedOn
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

export const toPerception = (data: ResultOf<typeof OverviewPerceptionQuery>): readonly RegionPerception[] =>
  data.perception.__typename === 'Perception' ? data.perception.rows : [];

/** The citizens' latest perception survey per region in the overview's period (an officer's: their region). */
export const useOverviewPerception = (filters: Pick<OverviewFilters, 'from' | 'to' | 'asOf'>) => {
  const state = useQuery(
    OverviewPerceptionQuery,
    { period: { from: filters.from, to: filters.to }, asOf: asOfInstant(filters.asOf) },
    // A survey recorded (or withdrawn) anywhere shows without a reload; a past view stays put.
    { live: filters.asOf ? false : (change) => concerns(change, null, PERCEPTION_MEASURES) },
  );
  return {
    ...state,
    error: state.error ?? refusalOf(state.data?.perception),
    data: state.data ? toPerception(state.data) : undefined,
  };
};
