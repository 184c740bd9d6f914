import { graphql } from '@/lib/graphql/graphql.ts';

/** A region's recommendations overdue, and those coming due within 30 days. */
export const RegionRecommendationsQuery = graphql(`
  query RegionRecommendations($region: RegionCode!) {
    overdue: regionRecommendations(region: $region, status: OVERDUE, first: 50) {
      __typename
      ... on RegisterRecommendationPage {
        items {
          recommendationId
          riskId
          dueOn
          issuedOn
        }
      }
    }
    due: regionRecommendations(region: $region, status: DUE, withinDays: 30, first: 50) {
      __typename
      ... on RegisterRecommendationPage {
        items {
          recommendationId
          riskId
          dueOn
          issuedOn
        }
      }
    }
  }
`);
