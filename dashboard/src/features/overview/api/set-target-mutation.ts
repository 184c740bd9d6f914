import { graphql } from '@/lib/graphql/graphql.ts';

export const SetTargetMutation = graphql(`
  mutation SetTarget($input: SetTargetInput!) {
    setTarget(input: $input) {
      __typename
      ... on SetTargetSucceeded {
        targetId
        position
      }
      ... on ValidationFailed {
        issues {
          path
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
