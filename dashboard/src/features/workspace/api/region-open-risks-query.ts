import { graphql } from '@/lib/graphql/graphql.ts';

/** A region's risks not yet removed, oldest first. */
export const RegionOpenRisksQuery = graphql(`
  query RegionOpenRisks($region: RegionCode!) {
    openRisks(region: $region, first: 100) {
      __typename
      ... on RegisterRiskPage {
        total
        items {
          riskId
          organization
          process
          sphere
          causeCategory
          identifiedOn
          ageDays
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
