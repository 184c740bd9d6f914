import { graphql, type ResultOf } from '@/lib/graphql/graphql.ts';
import { SubmissionResultFields } from '@/lib/graphql/submission-result-fields.ts';
import { useQuery } from '@/lib/graphql/use-query.ts';
import { asOfInstant, type OverviewFilters } from '../model/filters.ts';

export const FigureCommentsQuery = graphql(`
  query FigureComments($units: [String!], $from: Date, $to: Date, $asOf: DateTime) {
    figureComments(units: $units, from: $from, to: $to, asOf: $asOf) {
      id
      unit
      date
      text
      author
      authorName
    }
  }
`);

export type FigureComment = ResultOf<typeof FigureCommentsQuery>['figureComments'][number];

export const AddFigureCommentMutation = graphql(
  `
    mutation AddFigureComment($input: AddFigureCommentInput!) {
      addFigureComment(input: $input) {
        __typename
        ...SubmissionResultFields
        ... on AddFigureCommentSucceeded {
          commentId
        }
      }
    }
  `,
  [SubmissionResultFields],
);

export const WithdrawFigureCommentMutation = graphql(
  `
    mutation WithdrawFigureComment($input: WithdrawFigureCommentInput!) {
      withdrawFigureComment(input: $input) {
        __typename
        ...SubmissionResultFields
      }
    }
  `,
  [SubmissionResultFields],
);

/** The comments on figures in the period: the region's in focus and the country's, or all. */
export const useFigureComments = (filters: OverviewFilters) =>
  useQuery(FigureCommentsQuery, {
    units: filters.region ? [filters.region] : null,
    from: filters.from,
    to: filters.to,
    asOf: asOfInstant(filters.asOf),
  });
