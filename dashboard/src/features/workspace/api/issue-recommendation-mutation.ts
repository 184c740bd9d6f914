import { graphql } from '@/lib/graphql/graphql.ts';

export const IssueRecommendationMutation = graphql(`
  mutation IssueRecommendation($input: IssueRecommendationInput!) {
    issueRecommendation(input: $input) {
      __typename
      ... on IssueRecommendationSucceeded {
        recommendationId
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
