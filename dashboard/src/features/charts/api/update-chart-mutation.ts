import { graphql } from '@/lib/graphql/graphql.ts';
import { useMutation } from '@/lib/graphql/use-mutation.ts';
import { ChartResultFields } from './chart-result-fields.ts';

export const UpdateChartMutation = graphql(
  `
    mutation UpdateChart($input: UpdateChartInput!) {
      updateChart(input: $input) {
        ...ChartResultFields
      }
    }
  `,
  [ChartResultFields],
);

export const useUpdateChart = () => useMutation(UpdateChartMutation);
