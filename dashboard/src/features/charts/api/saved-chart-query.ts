import { readFragment } from 'gql.tada';
import { graphql } from '@/lib/graphql/graphql.ts';
import { useQuery } from '@/lib/graphql/use-query.ts';
import { SavedChartFields } from './saved-chart-fields.ts';

export const SavedChartQuery = graphql(
  `
    query SavedChart($id: ID!) {
      savedChart(id: $id) {
        ...SavedChartFields
      }
    }
  `,
  [SavedChartFields],
);

/** A chart opened by its URL: null when it does not exist or its author deleted it. */
export const useSavedChart = (id: string) => {
  const state = useQuery(SavedChartQuery, { id });
  const chart = state.data?.savedChart
    ? readFragment(SavedChartFields, state.data.savedChart)
    : state.data
      ? null
      : undefined;
  return { ...state, chart };
};
