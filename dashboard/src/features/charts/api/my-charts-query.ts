import { readFragment } from 'gql.tada';
import { graphql } from '@/lib/graphql/graphql.ts';
import { useQuery } from '@/lib/graphql/use-query.ts';
import { SavedChartFields } from './saved-chart-fields.ts';

export const MyChartsQuery = graphql(
  `
    query MyCharts {
      myCharts {
        ...SavedChartFields
      }
      myBoard {
        id
      }
    }
  `,
  [SavedChartFields],
);

export const useMyCharts = () => {
  const state = useQuery(MyChartsQuery, {});
  const charts = state.data ? state.data.myCharts.map((c) => readFragment(SavedChartFields, c)) : undefined;
  const onBoard = new Set(state.data?.myBoard.map((c) => c.id) ?? []);
  return { ...state, charts, onBoard };
};
