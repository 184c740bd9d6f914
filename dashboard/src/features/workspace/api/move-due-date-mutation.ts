import { graphql } from '@/lib/graphql/graphql.ts';
import { SubmissionResultFields } from '@/lib/graphql/submission-result-fields.ts';

export const MoveRecommendationDueDateMutation = graphql(
  `
    mutation MoveRecommendationDueDate($input: MoveRecommendationDueDateInput!) {
      moveRecommendationDueDate(input: $input) {
        __typename
        ...SubmissionResultFields
        ... on MoveRecommendationDueDateSucceeded {
          replayed
        }
      }
    }
  `,
  [SubmissionResultFields],
);
