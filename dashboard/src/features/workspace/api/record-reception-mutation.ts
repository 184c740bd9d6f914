import { graphql } from '@/lib/graphql/graphql.ts';
import { SubmissionResultFields } from '@/lib/graphql/submission-result-fields.ts';

export const RecordCitizenReceptionMutation = graphql(
  `
    mutation RecordCitizenReception($input: RecordCitizenReceptionInput!) {
      recordCitizenReception(input: $input) {
        __typename
        ...SubmissionResultFields
        ... on RecordCitizenReceptionSucceeded {
          replayed
        }
      }
    }
  `,
  [SubmissionResultFields],
);
