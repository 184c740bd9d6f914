import { graphql } from '@/lib/graphql/graphql.ts';

/**
 * A central body's risks not yet removed, wherever the work sits, oldest first: what the pickers
 * show, no more (each field adds to the query's cost, which the server bounds).
 */
export const UnitOpenRisksQuery = graphql(`
  query UnitOpenRisks($unit: String!) {
    openRisks: unitOpenRisks(unit: $unit, first: 100) {
      __typename
      ... on RegisterRiskPage {
        items {
          riskId
          region
          organization
          process
          sphere
          causeCategory
          identifiedOn
        }
      }
      ... on KpiAccessDenied {
        region
      }
      ... on KpiQueryFailed {
        code
        field
      }
    }
  }
`);

/** A central body's recommendations overdue, and those coming due within 30 days. */
export const UnitRecommendationsQuery = graphql(`
  query UnitRecommendations($unit: String!) {
    overdue: unitRecommendations(unit: $unit, status: OVERDUE, first: 50) {
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
    due: unitRecommendations(unit: $unit, status: DUE, withinDays: 30, first: 50) {
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
