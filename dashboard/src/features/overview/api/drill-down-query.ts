import { useCallback, useEffect, useState } from 'react';
import { ApiError } from '@/lib/graphql/api-error.ts';
import { request } from '@/lib/graphql/client.ts';
import { graphql, type ResultOf } from '@/lib/graphql/graphql.ts';
import { asOfInstant } from '../model/filters.ts';
import type { DrillTarget } from '../model/kpi-view.ts';
import { overviewFilter, refusalOf } from './overview-variables.ts';

export const DrillDownQuery = graphql(`
  query DrillDown($kpi: String!, $period: KpiPeriodInput!, $filter: KpiFilter, $asOf: DateTime, $first: Int, $after: String) {
    drillDown(kpi: $kpi, period: $period, filter: $filter, asOf: $asOf, first: $first, after: $after) {
      __typename
      ... on KpiDrillDown {
        total
        endCursor
        hasNextPage
        rows {
          id
          subject
          region
          unit {
            code
            kind
            nameRu
            nameKk
            nameEn
          }
          organization
          date
          value
          counted
          events {
            eventId
            role
            type
            occurredOn
            recordedAt
            submittedBy
            submittedByName
            channel
            organization
            process
            causeCategory
            kind
            text
            dueOn
            peopleCount
            amountKzt
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

type Answer = ResultOf<typeof DrillDownQuery>['drillDown'];
export type DrillRow = Extract<Answer, { __typename: 'KpiDrillDown' }>['rows'][number];

const PAGE = 50;

const variablesOf = (target: DrillTarget, after: string | null) => ({
  kpi: target.kpi,
  period: { from: target.from, to: target.to },
  filter: overviewFilter(target),
  asOf: asOfInstant(target.asOf),
  first: PAGE,
  after,
});

const toApiError = (cause: unknown): ApiError =>
  cause instanceof ApiError
    ? cause
    : new ApiError('server', cause instanceof Error ? cause.message : '', null, true);

interface Page {
  readonly rows: readonly DrillRow[];
  readonly total: number;
  readonly cursor: string | null;
  readonly hasMore: boolean;
}

const pageOf = async (target: DrillTarget, after: string | null): Promise<Page> => {
  const { drillDown } = await request(DrillDownQuery, variablesOf(target, after));
  if (drillDown.__typename !== 'KpiDrillDown') throw refusalOf(drillDown)!;
  return {
    rows: drillDown.rows,
    total: drillDown.total,
    cursor: drillDown.endCursor ?? null,
    hasMore: drillDown.hasNextPage,
  };
};

/** The things counted in one figure, with their events, fifty at a time. */
export const useDrillDown = (target: DrillTarget) => {
  const [page, setPage] = useState<Page | null>(null);
  const [loadingMore, setLoadingMore] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [generation, setGeneration] = useState(0);

  // biome-ignore lint/correctness/useExhaustiveDependencies: `generation` asks again after an error.
  useEffect(() => {
    let cancelled = false;
    setPage(null);
    setError(null);
    pageOf(target, null)
      .then((first) => !cancelled && setPage(first))
      .catch((cause: unknown) => !cancelled && setError(toApiError(cause)));
    return () => {
      cancelled = true;
    };
  }, [target, generation]);

  const loadMore = useCallback(() => {
    if (!page?.cursor) return;
    setLoadingMore(true);
    pageOf(target, page.cursor)
      .then((next) => setPage({ ...next, rows: [...page.rows, ...next.rows] }))
      .catch((cause: unknown) => setError(toApiError(cause)))
      .finally(() => setLoadingMore(false));
  }, [target, page]);

  return {
    rows: page?.rows ?? [],
    total: page?.total ?? 0,
    hasMore: page?.hasMore ?? false,
    loading: page === null && error === null,
    loadingMore,
    error,
    loadMore,
    refetch: () => setGeneration((g) => g + 1),
  };
};
