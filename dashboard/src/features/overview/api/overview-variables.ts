import { ApiError } from '@/lib/graphql/api-error.ts';
import { regionEnum, sphereEnum } from '@/lib/graphql/enums.ts';
import { kpiRefusalOf } from '@/lib/i18n/refusal-keys.ts';
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

/**
 * A KPI query the server declined to answer (bad combination, another region) as an error to
 * show, told by its code: the refusal's English message is not asked for.
 */
export const refusalOf = (result: { readonly __typename: string } | undefined): ApiError | null => {
  const refusal = result ? kpiRefusalOf(result) : null;
  if (!refusal) return null;
  return new ApiError(
    refusal.code === 'ACCESS_DENIED' ? 'forbidden' : 'refused',
    result!.__typename,
    null,
    false,
    refusal,
  );
};

/** A chart row's values by measure name, as the chart answers them in its measures' order. */
export const valuesByMeasure = (
  measures: readonly string[],
  values: readonly (number | null)[],
): Record<string, number | null> => Object.fromEntries(measures.map((m, i) => [m, values[i] ?? null]));
