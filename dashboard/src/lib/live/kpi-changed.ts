import { graphql } from '../graphql/graphql.ts';

export const KpiChangedSubscription = graphql(`
  subscription KpiChanged($filter: KpiChangedFilter) {
    kpiChanged(filter: $filter) {
      kpis
      regions
      position
      reset
    }
  }
`);
