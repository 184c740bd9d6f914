import { graphql } from '@/lib/graphql/graphql.ts';
import { SubmissionResultFields } from '@/lib/graphql/submission-result-fields.ts';

export const RecordTransformationMutation = graphql(
  `
    mutation RecordTransformation($input: RecordTransformationInput!) {
      recordTransformation(input: $input) {
        __typename
        ...SubmissionResultFields
        ... on RecordTransformationSucceeded {
          replayed
        }
      }
    }
  `,
  [SubmissionResultFields],
);
