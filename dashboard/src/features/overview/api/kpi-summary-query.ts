import { graphql, type ResultOf } from '@/lib/graphql/graphql.ts';
import { useQuery } from '@/lib/graphql/use-query.ts';
import { concerns } from '@/lib/live/live-events.ts';
import type { OverviewFilters } from '../model/filters.ts';
import { OVERVIEW_KPIS, type OverviewKpi } from '../model/kpi-meta.ts';
import type { KpiComparison } from '../model/kpi-view.ts';
import { overviewScope, refusalOf } from './overview-variables.ts';

export const OverviewSummaryQuery = graphql(`
  query OverviewSummary($period: KpiPeriodInput!, $filter: KpiFilter, $asOf: DateTime, $kpis: [String!]) {
    kpiSummary(period: $period, filter: $filter, asOf: $asOf, kpis: $kpis) {
      __typename
      ... on KpiSummary {
        asOf
        position
        previousPeriod {
          from
          to
        }
        kpis {
          kpi
          current {
            value
            numerator
            denominator
          }
          previous {
            value
            numerator
            denominator
          }
          yearEarlier {
            value
            numerator
            denominator
          }
        }
      }
      ... on KpiQueryFailed {
        code
        field
      }
      ... on KpiAccessDenied {
        region
      }
    }
  }
`);

export interface OverviewSummary {
  readonly entries: Partial<Record<OverviewKpi, KpiComparison>>;
  readonly position: number | null;
  /** The period of the same length just before, as the server counts it: the league's movement compares with it. */
  readonly previousPeriod: { readonly from: string; readonly to: string };
  /** Nothing at all happened in the period: the screen says what to do instead of showing zeros. */
  readonly empty: boolean;
}

const ACTIVITY = [
  'risksIdentified',
  'causesRemoved',
  'recommendationsIssued',
  'rightsRestoredCases',
] as const;

export const toOverviewSummary = (
  data: ResultOf<typeof OverviewSummaryQuery>,
): OverviewSummary | undefined => {
  const summary = data.kpiSummary;
  if (summary.__typename !== 'KpiSummary') return undefined;
  const entries = Object.fromEntries(
    summary.kpis.map((entry) => [entry.kpi, entry]),
  ) as OverviewSummary['entries'];
  return {
    entries,
    position: summary.position,
    previousPeriod: summary.previousPeriod,
    empty: ACTIVITY.every((kpi) => !entries[kpi]?.current.value),
  };
};

/** What the summary asks for these filters; the preload asks the very same. */
export const summaryVariables = (filters: OverviewFilters) => ({
  ...overviewScope(filters),
  kpis: [...OVERVIEW_KPIS],
});

export const useOverviewSummary = (filters: OverviewFilters) => {
  const state = useQuery(OverviewSummaryQuery, summaryVariables(filters), {
    live: filters.asOf ? false : (change) => concerns(change, filters.region, OVERVIEW_KPIS),
  });
  return {
    ...state,
    error: state.error ?? refusalOf(state.data?.kpiSummary),
    data: state.data ? toOverviewSummary(state.data) : undefined,
  };
};
