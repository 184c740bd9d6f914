import { graphql } from '@/lib/graphql/graphql.ts';
import { SubmissionResultFields } from '@/lib/graphql/submission-result-fields.ts';

export const IdentifyRiskMutation = graphql(
  `
    mutation IdentifyRisk($input: IdentifyRiskInput!) {
      identifyRisk(input: $input) {
        __typename
        ...SubmissionResultFields
        ... on IdentifyRiskSucceeded {
          riskId
          replayed
        }
      }
    }
  `,
  [SubmissionResultFields],
);
