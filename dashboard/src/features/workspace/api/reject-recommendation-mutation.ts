import { graphql } from '@/lib/graphql/graphql.ts';
import { SubmissionResultFields } from '@/lib/graphql/submission-result-fields.ts';

export const RejectRecommendationMutation = graphql(
  `
    mutation RejectRecommendation($input: RejectRecommendationInput!) {
      rejectRecommendation(input: $input) {
        __typename
        ...SubmissionResultFields
        ... on RejectRecommendationSucceeded {
          replayed
        }
      }
    }
  `,
  [SubmissionResultFields],
);
