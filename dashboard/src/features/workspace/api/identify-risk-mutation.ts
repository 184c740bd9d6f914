import { graphql } from '@/lib/graphql/graphql.ts';

export const IdentifyRiskMutation = graphql(`
  mutation IdentifyRisk($input: IdentifyRiskInput!) {
    identifyRisk(input: $input) {
      __typename
      ... on IdentifyRiskSucceeded {
        riskId
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
