import { graphql } from '@/lib/graphql/graphql.ts';

export const RejectRecommendationMutation = graphql(`
  mutation RejectRecommendation($input: RejectRecommendationInput!) {
    rejectRecommendation(input: $input) {
      __typename
      ... on RejectRecommendationSucceeded {
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
