import type { ApiError } from '@/lib/graphql/api-error.ts';
import type { ResultOf, VariablesOf } from '@/lib/graphql/graphql.ts';
import { type QueryState, useQuery } from '@/lib/graphql/use-query.ts';
import { type KpiRefusal, kpiRefusalOf } from '@/lib/i18n/refusal-keys.ts';
import { regionEnum } from '../model/region-code.ts';
import type { DueRecommendation, OpenRisk } from '../model/register.ts';
import { RegionOpenRisksQuery } from './region-open-risks-query.ts';
import { RegionRecommendationsQuery } from './region-recommendations-query.ts';

export interface RegisterState {
  readonly risks: readonly OpenRisk[] | undefined;
  readonly recommendations: readonly DueRecommendation[] | undefined;
  readonly error: ApiError | null;
  /** The server refused the register (not the officer's own unit): its code, worded by the view. */
  readonly refusal: KpiRefusal | null;
  readonly refetch: () => void;
}

/** A page of a register's risks, a region's or a central body's, or the server's refusal. */
type Risks =
  | { readonly __typename: 'RegisterRiskPage'; readonly items: readonly Omit<OpenRisk, 'revision'>[] }
  | { readonly __typename: 'KpiAccessDenied'; readonly region: string }
  | { readonly __typename: 'KpiQueryFailed'; readonly code: string; readonly field: string };
type Recommendations = ResultOf<typeof RegionRecommendationsQuery>;

export const toRisks = (page: Risks): OpenRisk[] =>
  page.__typename === 'RegisterRiskPage' ? page.items.map((r) => ({ ...r, revision: null })) : [];

/** Recommendations name their risk; the register shows the risk's organization and process. */
export const toRecommendations = (data: Recommendations, risks: readonly OpenRisk[]): DueRecommendation[] => {
  const byRisk = new Map(risks.map((r) => [r.riskId, r]));
  return [data.overdue, data.due].flatMap((page) =>
    page.__typename === 'RegisterRecommendationPage'
      ? page.items.map((r) => {
          const risk = byRisk.get(r.riskId);
          return {
            ...r,
            organization: risk?.organization ?? '—',
            text: risk?.process ?? '',
            revision: null,
            ...(risk?.region === undefined ? {} : { region: risk.region }),
          };
        })
      : [],
  );
};

/**
 * What a register's two live queries (its open risks, its recommendations due) give its pickers,
 * whether the register is a region's or a central body's.
 */
export const registerStateOf = (
  risks: Pick<QueryState<{ readonly openRisks: Risks }>, 'data' | 'error' | 'refetch'>,
  recommendations: Pick<QueryState<Recommendations>, 'data' | 'error' | 'refetch'>,
): RegisterState => {
  const page = risks.data?.openRisks;
  const openRisks = page ? toRisks(page) : undefined;
  return {
    risks: openRisks,
    recommendations:
      recommendations.data && openRisks ? toRecommendations(recommendations.data, openRisks) : undefined,
    error: risks.error ?? recommendations.error,
    refusal: page ? kpiRefusalOf(page) : null,
    refetch: () => {
      risks.refetch();
      recommendations.refetch();
    },
  };
};

/** A region's open risks and its overdue and soon-due recommendations, refreshed live. */
export const useRegionRegister = (region: string): RegisterState => {
  const variables = { region: regionEnum<VariablesOf<typeof RegionOpenRisksQuery>['region']>(region) };
  return registerStateOf(
    useQuery(RegionOpenRisksQuery, variables, { live: true }),
    useQuery(RegionRecommendationsQuery, variables, { live: true }),
  );
};
