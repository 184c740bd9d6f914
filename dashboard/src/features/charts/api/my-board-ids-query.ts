import { graphql } from '@/lib/graphql/graphql.ts';
import { useQuery } from '@/lib/graphql/use-query.ts';

/** Just the order of the analyst's board: enough to pin or unpin one chart. */
export const MyBoardIdsQuery = graphql(`
  query MyBoardIds {
    myBoard {
      id
    }
  }
`);

export const useMyBoardIds = () => {
  const state = useQuery(MyBoardIdsQuery, {});
  return { ...state, ids: state.data?.myBoard.map((c) => c.id) };
};
