import type { ApiError } from '@/lib/graphql/api-error.ts';
import { graphql, type ResultOf, type VariablesOf } from '@/lib/graphql/graphql.ts';
import { useQuery } from '@/lib/graphql/use-query.ts';
import { regionEnum } from '../model/region-code.ts';
import type { DueRecommendation, OpenRisk } from '../model/register.ts';

export const RegionRegisterQuery = graphql(`
  query RegionRegister($region: RegionCode!) {
    openRisks(region: $region, first: 200) {
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
        message
      }
      ... on KpiQueryFailed {
        message
      }
    }
    overdue: regionRecommendations(region: $region, status: OVERDUE, first: 200) {
      __typename
      ... on RegisterRecommendationPage {
        items {
          recommendationId
          riskId
          dueOn
          issuedOn
          daysOverdue
          status
        }
      }
    }
    due: regionRecommendations(region: $region, status: DUE, withinDays: 30, first: 200) {
      __typename
      ... on RegisterRecommendationPage {
        items {
          recommendationId
          riskId
          dueOn
          issuedOn
          daysOverdue
          status
        }
      }
    }
  }
`);

type Data = ResultOf<typeof RegionRegisterQuery>;

export interface RegisterState {
  readonly risks: readonly OpenRisk[] | undefined;
  readonly recommendations: readonly DueRecommendation[] | undefined;
  readonly error: ApiError | null;
  /** The server refused the region (not the officer's own): the message says why. */
  readonly refusal: string | null;
  readonly refetch: () => void;
}

const toState = (data: Data): Pick<RegisterState, 'risks' | 'recommendations' | 'refusal'> => {
  const page = data.openRisks;
  if (page.__typename !== 'RegisterRiskPage')
    return { risks: [], recommendations: [], refusal: page.message };
  const risks: OpenRisk[] = page.items.map((r) => ({ ...r, revision: null }));
  const byRisk = new Map(risks.map((r) => [r.riskId, r]));
  const recommendations: DueRecommendation[] = [data.overdue, data.due].flatMap((p) =>
    p.__typename === 'RegisterRecommendationPage'
      ? p.items.map((r) => ({
          recommendationId: r.recommendationId,
          riskId: r.riskId,
          organization: byRisk.get(r.riskId)?.organization ?? '—',
          text: byRisk.get(r.riskId)?.process ?? '',
          dueOn: r.dueOn,
          issuedOn: r.issuedOn,
          revision: null,
        }))
      : [],
  );
  return { risks, recommendations, refusal: null };
};

/** A region's open risks and its overdue and soon-due recommendations, refreshed live. */
export const useRegionRegister = (region: string): RegisterState => {
  type Region = VariablesOf<typeof RegionRegisterQuery>['region'];
  const state = useQuery(RegionRegisterQuery, { region: regionEnum<Region>(region) }, { live: true });
  const derived = state.data
    ? toState(state.data)
    : { risks: undefined, recommendations: undefined, refusal: null };
  return { ...derived, error: state.error, refetch: state.refetch };
};
