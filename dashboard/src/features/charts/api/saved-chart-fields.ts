import { graphql, type ResultOf } from '@/lib/graphql/graphql.ts';

/** What every screen shows of a saved chart: enough to draw it again exactly. */
export const SavedChartFields = graphql(`
  fragment SavedChartFields on SavedChart {
    id
    name
    ownedByMe
    revision
    updatedAt
    spec {
      chartType
      measures
      dimensions {
        by
        granularity
      }
      filters {
        from
        to
        regions
        spheres
        causeCategories
        sources
        organizations
        districts
      }
      asOf
      sort {
        by
        direction
      }
      limit
    }
  }
`);

export type SavedChart = ResultOf<typeof SavedChartFields>;
