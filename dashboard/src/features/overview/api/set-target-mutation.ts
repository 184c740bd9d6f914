import { graphql } from '@/lib/graphql/graphql.ts';
import { SubmissionResultFields } from '@/lib/graphql/submission-result-fields.ts';

export const SetTargetMutation = graphql(
  `
    mutation SetTarget($input: SetTargetInput!) {
      setTarget(input: $input) {
        __typename
        ...SubmissionResultFields
        ... on SetTargetSucceeded {
          targetId
          position
        }
      }
    }
  `,
  [SubmissionResultFields],
);
