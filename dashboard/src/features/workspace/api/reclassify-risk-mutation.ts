import { graphql } from '@/lib/graphql/graphql.ts';
import { SubmissionResultFields } from '@/lib/graphql/submission-result-fields.ts';

export const ReclassifyRiskMutation = graphql(
  `
    mutation ReclassifyRisk($input: ReclassifyRiskInput!) {
      reclassifyRisk(input: $input) {
        __typename
        ...SubmissionResultFields
        ... on ReclassifyRiskSucceeded {
          replayed
        }
      }
    }
  `,
  [SubmissionResultFields],
);
