import { graphql } from '@/lib/graphql/graphql.ts';
import { SubmissionResultFields } from '@/lib/graphql/submission-result-fields.ts';

export const RecordRightRestoredMutation = graphql(
  `
    mutation RecordRightRestored($input: RecordRightRestoredInput!) {
      recordRightRestored(input: $input) {
        __typename
        ...SubmissionResultFields
        ... on RecordRightRestoredSucceeded {
          replayed
        }
      }
    }
  `,
  [SubmissionResultFields],
);
