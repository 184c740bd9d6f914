import { graphql } from '@/lib/graphql/graphql.ts';
import { SubmissionResultFields } from '@/lib/graphql/submission-result-fields.ts';

export const WithdrawTargetMutation = graphql(
  `
    mutation WithdrawTarget($input: WithdrawTargetInput!) {
      withdrawTarget(input: $input) {
        __typename
        ...SubmissionResultFields
        ... on WithdrawTargetSucceeded {
          targetId
          position
        }
      }
    }
  `,
  [SubmissionResultFields],
);
