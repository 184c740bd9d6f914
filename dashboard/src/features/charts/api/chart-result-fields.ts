import { graphql } from '@/lib/graphql/graphql.ts';
import { SavedChartFields } from './saved-chart-fields.ts';

/** Every answer of a saved-chart change: the chart, or why it was refused. */
export const ChartResultFields = graphql(
  `
    fragment ChartResultFields on ChartResult {
      __typename
      ... on ChartSucceeded {
        chart {
          ...SavedChartFields
        }
      }
      ... on ChartValidationFailed {
        issues {
          path
          code
          values {
            date
            limit
            id
            count
          }
        }
      }
      ... on ChartNotFound {
        __typename
      }
      ... on ChartForbidden {
        __typename
      }
      ... on ChartConflict {
        __typename
        currentRevision
      }
    }
  `,
  [SavedChartFields],
);
