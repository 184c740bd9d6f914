import { graphql } from '@/lib/graphql/graphql.ts';
import { useMutation } from '@/lib/graphql/use-mutation.ts';
import { ChartResultFields } from './chart-result-fields.ts';

export const SaveChartMutation = graphql(
  `
    mutation SaveChart($input: SaveChartInput!) {
      saveChart(input: $input) {
        ...ChartResultFields
      }
    }
  `,
  [ChartResultFields],
);

export const useSaveChart = () => useMutation(SaveChartMutation);
