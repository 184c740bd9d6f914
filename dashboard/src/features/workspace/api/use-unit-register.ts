import { useQuery } from '@/lib/graphql/use-query.ts';
import { UnitOpenRisksQuery, UnitRecommendationsQuery } from './unit-register-queries.ts';
import { type RegisterState, toRecommendations, toRisks } from './use-region-register.ts';

/** A central body's open risks and its recommendations due, refreshed live: its officer's pickers. */
export const useUnitRegister = (unit: string): RegisterState => {
  const variables = { unit };
  const risks = useQuery(UnitOpenRisksQuery, variables, { live: true });
  const recommendations = useQuery(UnitRecommendationsQuery, variables, { live: true });
  const page = risks.data?.openRisks;
  const openRisks = page ? toRisks(page) : undefined;
  return {
    risks: openRisks,
    recommendations:
      recommendations.data && openRisks ? toRecommendations(recommendations.data, openRisks) : undefined,
    error: risks.error ?? recommendations.error,
    refusal: page && page.__typename !== 'RegisterRiskPage' ? page.message : null,
    refetch: () => {
      risks.refetch();
      recommendations.refetch();
    },
  };
};
