import { graphql } from '@/lib/graphql/graphql.ts';
import { SubmissionResultFields } from '@/lib/graphql/submission-result-fields.ts';
import { useQuery } from '@/lib/graphql/use-query.ts';

export const ReportCommentaryQuery = graphql(`
  query ReportCommentary($unit: String!, $period: String!) {
    reportCommentary(unit: $unit, period: $period) {
      text
      writtenByName
      recordedAt
    }
  }
`);

export const WriteReportCommentaryMutation = graphql(
  `
    mutation WriteReportCommentary($input: WriteReportCommentaryInput!) {
      writeReportCommentary(input: $input) {
        __typename
        ...SubmissionResultFields
        ... on WriteReportCommentarySucceeded {
          commentaryId
        }
      }
    }
  `,
  [SubmissionResultFields],
);

/** The commentary in force for a unit and period, to edit it. */
export const useReportCommentary = (unit: string, period: string) =>
  useQuery(ReportCommentaryQuery, { unit, period });
