import { graphql, type ResultOf } from '@/lib/graphql/graphql.ts';
import { useQuery } from '@/lib/graphql/use-query.ts';
import { asOfInstant, type OverviewFilters } from '../model/filters.ts';
import type { OverviewTarget } from '../model/targets.ts';
import { refusalOf } from './overview-variables.ts';

export const OverviewTargetsQuery = graphql(`
  query OverviewTargets($asOf: DateTime) {
    targets(asOf: $asOf) {
      __typename
      ... on TargetList {
        targets {
          id
          kpi
          unit
          period
          value
          direction
          heldTo
          actual
          status
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

export const toTargets = (data: ResultOf<typeof OverviewTargetsQuery>): readonly OverviewTarget[] =>
  data.targets.__typename === 'TargetList' ? data.targets.targets : [];

/** Every target that applied at the overview's `asOf` (an officer's answer holds only their region's). */
export const useOverviewTargets = (filters: Pick<OverviewFilters, 'asOf'>) => {
  const state = useQuery(
    OverviewTargetsQuery,
    { asOf: asOfInstant(filters.asOf) },
    { live: filters.asOf === null },
  );
  return {
    ...state,
    error: state.error ?? refusalOf(state.data?.targets),
    data: state.data ? toTargets(state.data) : undefined,
  };
};
