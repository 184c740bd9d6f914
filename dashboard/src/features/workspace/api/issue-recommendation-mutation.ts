import { graphql } from '@/lib/graphql/graphql.ts';
import { SubmissionResultFields } from '@/lib/graphql/submission-result-fields.ts';

export const IssueRecommendationMutation = graphql(
  `
    mutation IssueRecommendation($input: IssueRecommendationInput!) {
      issueRecommendation(input: $input) {
        __typename
        ...SubmissionResultFields
        ... on IssueRecommendationSucceeded {
          recommendationId
          replayed
        }
      }
    }
  `,
  [SubmissionResultFields],
);
