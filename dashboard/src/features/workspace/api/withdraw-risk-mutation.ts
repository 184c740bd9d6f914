import { graphql } from '@/lib/graphql/graphql.ts';
import { SubmissionResultFields } from '@/lib/graphql/submission-result-fields.ts';

export const WithdrawRiskMutation = graphql(
  `
    mutation WithdrawRisk($input: WithdrawRiskInput!) {
      withdrawRisk(input: $input) {
        __typename
        ...SubmissionResultFields
        ... on WithdrawRiskSucceeded {
          replayed
        }
      }
    }
  `,
  [SubmissionResultFields],
);
