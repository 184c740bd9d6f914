import { graphql } from '@/lib/graphql/graphql.ts';
import { useMutation } from '@/lib/graphql/use-mutation.ts';

export const ArrangeBoardMutation = graphql(`
  mutation ArrangeBoard($input: ArrangeBoardInput!) {
    arrangeBoard(input: $input) {
      __typename
      ... on BoardSucceeded {
        charts {
          id
        }
      }
      ... on ChartValidationFailed {
        issues {
          path
          code
          values {
            date
            limit
            id
            count
          }
        }
      }
      ... on ChartForbidden {
        __typename
      }
    }
  }
`);

export const useArrangeBoard = () => useMutation(ArrangeBoardMutation);
