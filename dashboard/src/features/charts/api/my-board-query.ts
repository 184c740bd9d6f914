import { readFragment } from 'gql.tada';
import { graphql } from '@/lib/graphql/graphql.ts';
import { useQuery } from '@/lib/graphql/use-query.ts';
import { SavedChartFields } from './saved-chart-fields.ts';

export const MyBoardQuery = graphql(
  `
    query MyBoard {
      myBoard {
        ...SavedChartFields
      }
    }
  `,
  [SavedChartFields],
);

export const useMyBoard = () => {
  const state = useQuery(MyBoardQuery, {});
  const charts = state.data ? state.data.myBoard.map((c) => readFragment(SavedChartFields, c)) : undefined;
  return { ...state, charts };
};
