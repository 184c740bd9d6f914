import { graphql, type ResultOf } from '@/lib/graphql/graphql.ts';
import { useQuery } from '@/lib/graphql/use-query.ts';
import type { OverviewFilters } from '../model/filters.ts';
import { type GoalsByBucket, goalMeasure } from '../model/goals.ts';
import type { Granularity } from '../model/granularity.ts';
import { TREND_KPIS } from './overview-trends-query.ts';
import { overviewScope } from './overview-variables.ts';

const GRANULARITY = { day: 'DAY', week: 'WEEK', month: 'MONTH', quarter: 'QUARTER', year: 'YEAR' } as const;

export const OverviewGoalsQuery = graphql(`
  query OverviewGoals($spec: KpiChartSpec!) {
    chart(spec: $spec) {
      __typename
      ... on KpiChart {
        measures
        rows {
          keys {
            period {
              from
            }
          }
          values
        }
      }
    }
  }
`);

/** Each bucket's goals by its first day: `{ causesRemoved: 30 }`, null where no target asks anything. */
export const toGoals = (data: ResultOf<typeof OverviewGoalsQuery>): GoalsByBucket => {
  const chart = data.chart;
  const out = new Map<string, Record<string, number | null>>();
  if (chart.__typename !== 'KpiChart') return out;
  for (const row of chart.rows) {
    const start = row.keys[0]?.period?.from;
    if (!start) continue;
    out.set(start, Object.fromEntries(TREND_KPIS.map((kpi, i) => [kpi, row.values[i] ?? null])));
  }
  return out;
};

/**
 * What the targets in force at `asOf` ask of each trend bucket, for the region in focus or the
 * country. A target holds a whole region, so a sphere filter shows no goal.
 */
export const useOverviewGoals = (filters: OverviewFilters, granularity: Granularity) => {
  const scope = overviewScope(filters);
  const state = useQuery(
    OverviewGoalsQuery,
    {
      spec: {
        measures: TREND_KPIS.map(goalMeasure),
        dimensions: [{ dimension: 'time', granularity: GRANULARITY[granularity] }],
        period: scope.period,
        filter: { regions: scope.filter.regions },
        asOf: scope.asOf,
        sortBy: 'label',
        sortDirection: 'ASC',
        limit: 1000,
      },
    },
    { live: filters.asOf === null, skip: filters.sphere !== null },
  );
  return { ...state, data: state.data && filters.sphere === null ? toGoals(state.data) : undefined };
};
