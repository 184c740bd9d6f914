import { graphql } from '@/lib/graphql/graphql.ts';
import { SubmissionResultFields } from '@/lib/graphql/submission-result-fields.ts';

export const WithdrawPerceptionSurveyMutation = graphql(
  `
    mutation WithdrawPerceptionSurvey($input: WithdrawPerceptionSurveyInput!) {
      withdrawPerceptionSurvey(input: $input) {
        __typename
        ...SubmissionResultFields
        ... on WithdrawPerceptionSurveySucceeded {
          replayed
        }
      }
    }
  `,
  [SubmissionResultFields],
);
