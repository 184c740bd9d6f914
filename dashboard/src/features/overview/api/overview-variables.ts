import { ApiError } from '@/lib/graphql/api-error.ts';
import { regionEnum, sphereEnum } from '@/lib/graphql/enums.ts';
import { asOfInstant, type OverviewFilters } from '../model/filters.ts';

/** The filter every overview query shares; region and sphere codes are the API's enums. */
export const overviewFilter = (
  filters: Pick<OverviewFilters, 'region' | 'sphere'> & {
    readonly district?: string | null;
    readonly unit?: string | null;
  },
) => ({
  regions: filters.region ? [regionEnum(filters.region)] : null,
  units: filters.unit ? [filters.unit] : null,
  spheres: filters.sphere ? [sphereEnum(filters.sphere)] : null,
  districts: filters.district ? [filters.district] : null,
});

export const overviewScope = (filters: OverviewFilters) => ({
  period: { from: filters.from, to: filters.to },
  filter: overviewFilter(filters),
  asOf: asOfInstant(filters.asOf),
});

interface Refused {
  readonly __typename: 'KpiQueryFailed' | 'KpiAccessDenied';
  readonly message: string;
}

/** A KPI query the server declined to answer (bad combination, another region) as an error to show. */
export const refusalOf = (result: { readonly __typename: string } | undefined): ApiError | null => {
  if (!result || (result.__typename !== 'KpiQueryFailed' && result.__typename !== 'KpiAccessDenied'))
    return null;
  const refused = result as Refused;
  return new ApiError(refused.__typename === 'KpiAccessDenied' ? 'forbidden' : 'refused', refused.message);
};

/** A chart row's values by measure name, as the chart answers them in its measures' order. */
export const valuesByMeasure = (
  measures: readonly string[],
  values: readonly (number | null)[],
): Record<string, number | null> => Object.fromEntries(measures.map((m, i) => [m, values[i] ?? null]));
