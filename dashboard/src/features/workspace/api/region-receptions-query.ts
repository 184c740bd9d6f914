import { graphql, type ResultOf } from '@/lib/graphql/graphql.ts';
import { useQuery } from '@/lib/graphql/use-query.ts';
import { almatyToday } from '../model/region-code.ts';

/** A region's citizen receptions since the start of the year, and the risks they brought to light. */
export const RegionReceptionsQuery = graphql(`
  query RegionReceptions($period: KpiPeriodInput!, $regions: [String!]) {
    receptions(period: $period, regions: $regions) {
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

type Answer = ResultOf<typeof RegionReceptionsQuery>['receptions'];
export type ReceptionsTotal = Extract<Answer, { __typename: 'Receptions' }>['total'];

export const useRegionReceptions = (regionCode: string) => {
  const today = almatyToday();
  const state = useQuery(
    RegionReceptionsQuery,
    { period: { from: `${today.slice(0, 4)}-01-01`, to: today }, regions: [regionCode] },
    { live: true },
  );
  const answer = state.data?.receptions;
  return { ...state, data: answer?.__typename === 'Receptions' ? answer.total : undefined };
};
