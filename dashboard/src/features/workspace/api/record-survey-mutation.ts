import { graphql } from '@/lib/graphql/graphql.ts';
import { SubmissionResultFields } from '@/lib/graphql/submission-result-fields.ts';

export const RecordPerceptionSurveyMutation = graphql(
  `
    mutation RecordPerceptionSurvey($input: RecordPerceptionSurveyInput!) {
      recordPerceptionSurvey(input: $input) {
        __typename
        ...SubmissionResultFields
        ... on RecordPerceptionSurveySucceeded {
          replayed
        }
      }
    }
  `,
  [SubmissionResultFields],
);
