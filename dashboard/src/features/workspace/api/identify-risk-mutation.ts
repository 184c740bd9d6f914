import { graphql } from '@/lib/graphql/graphql.ts';
import { SubmissionResultFields } from './submission-result-fields.ts';

export const IdentifyRiskMutation = graphql(
  `
    mutation IdentifyRisk($input: IdentifyRiskInput!) {
      identifyRisk(input: $input) {
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
