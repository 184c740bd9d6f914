import type { ApiError } from '@/lib/graphql/api-error.ts';
import type { ChartTable } from '../model/chart-table.ts';
import type { ChartSpec } from '../model/spec.ts';

export interface ChartDataState {
  readonly table: ChartTable | undefined;
  readonly loading: boolean;
  readonly error: ApiError | null;
  /** The server does not answer the analysts' chart query (yet): the builder says so. */
  readonly unavailable: boolean;
  readonly refetch: () => void;
}

/** The analysts' chart query for a spec, answered as a table in the interface language. */
export const useChartData = (_spec: ChartSpec, _options: { skip?: boolean } = {}): ChartDataState => ({
  table: undefined,
  loading: false,
  error: null,
  unavailable: true,
  refetch: () => {},
});
