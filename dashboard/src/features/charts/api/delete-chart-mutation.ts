import { graphql } from '@/lib/graphql/graphql.ts';
import { useMutation } from '@/lib/graphql/use-mutation.ts';
import { ChartResultFields } from './chart-result-fields.ts';

export const DeleteChartMutation = graphql(
  `
    mutation DeleteChart($input: DeleteChartInput!) {
      deleteChart(input: $input) {
        ...ChartResultFields
      }
    }
  `,
  [ChartResultFields],
);

export const useDeleteChart = () => useMutation(DeleteChartMutation);
