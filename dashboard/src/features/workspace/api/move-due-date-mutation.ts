import { graphql } from '@/lib/graphql/graphql.ts';

export const MoveRecommendationDueDateMutation = graphql(`
  mutation MoveRecommendationDueDate($input: MoveRecommendationDueDateInput!) {
    moveRecommendationDueDate(input: $input) {
      __typename
      ... on MoveRecommendationDueDateSucceeded {
        replayed
      }
      ... on ValidationFailed {
        issues {
          path
          code
          message
        }
      }
      ... on Conflict {
        message
      }
      ... on NotFound {
        message
      }
      ... on Forbidden {
        message
      }
      ... on SubmissionReused {
        message
      }
    }
  }
`);
