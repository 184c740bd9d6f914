import { graphql, type ResultOf } from '@/lib/graphql/graphql.ts';
import { useQuery } from '@/lib/graphql/use-query.ts';
import { almatyToday } from '../model/region-code.ts';

/**
 * A unit's citizen receptions since the start of the year, and the risks they brought to light: a
 * region's own, or a central body's (which never count in the region they were held in).
 */
export const UnitReceptionsQuery = graphql(`
  query UnitReceptions($period: KpiPeriodInput!, $units: [String!]) {
    receptions(period: $period, units: $units) {
      __typename
      ... on Receptions {
        total {
          receptions
          citizensReceived
          issuesRaised
          risksFromReceptions
          risksPerReception
        }
      }
    }
  }
`);

type Answer = ResultOf<typeof UnitReceptionsQuery>['receptions'];
export type ReceptionsTotal = Extract<Answer, { __typename: 'Receptions' }>['total'];

/** `unit`: a region's code or a central body's. */
export const useUnitReceptions = (unit: string) => {
  const today = almatyToday();
  const state = useQuery(
    UnitReceptionsQuery,
    { period: { from: `${today.slice(0, 4)}-01-01`, to: today }, units: [unit] },
    { live: true },
  );
  const answer = state.data?.receptions;
  return { ...state, data: answer?.__typename === 'Receptions' ? answer.total : undefined };
};
