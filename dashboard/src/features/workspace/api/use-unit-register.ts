import { useQuery } from '@/lib/graphql/use-query.ts';
import { UnitOpenRisksQuery, UnitRecommendationsQuery } from './unit-register-queries.ts';
import { type RegisterState, registerStateOf } from './use-region-register.ts';

/** A central body's open risks and its recommendations due, refreshed live: its officer's pickers. */
export const useUnitRegister = (unit: string): RegisterState => {
  const variables = { unit };
  return registerStateOf(
    useQuery(UnitOpenRisksQuery, variables, { live: true }),
    useQuery(UnitRecommendationsQuery, variables, { live: true }),
  );
};
