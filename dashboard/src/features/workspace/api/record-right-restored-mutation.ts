import { graphql } from '@/lib/graphql/graphql.ts';

export const RecordRightRestoredMutation = graphql(`
  mutation RecordRightRestored($input: RecordRightRestoredInput!) {
    recordRightRestored(input: $input) {
      __typename
      ... on RecordRightRestoredSucceeded {
        replayed
      }
      ... on ValidationFailed {
        issues {
          path
          code
          message
        }
      }
      ... on Conflict {
        message
      }
      ... on NotFound {
        message
      }
      ... on Forbidden {
        message
      }
      ... on SubmissionReused {
        message
      }
    }
  }
`);
