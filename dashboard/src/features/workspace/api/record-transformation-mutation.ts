import { graphql } from '@/lib/graphql/graphql.ts';

export const RecordTransformationMutation = graphql(`
  mutation RecordTransformation($input: RecordTransformationInput!) {
    recordTransformation(input: $input) {
      __typename
      ... on RecordTransformationSucceeded {
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
