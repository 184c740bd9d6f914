import { graphql, type ResultOf } from '@/lib/graphql/graphql.ts';
import { useQuery } from '@/lib/graphql/use-query.ts';
import { almatyToday } from '../model/region-code.ts';

/** What the Surveys tab shows of each survey, region-wide or in a district alike. */
const SurveyRows = graphql(`
  fragment SurveyRows on Perception @_unmask {
    rows {
      surveyId
      district
      districtName
      group
      conductedOn
      respondents
      perceptionIndex
      facedCorruptionShare
    }
  }
`);

/** A region's latest surveys per group, region-wide and per district, since the start of last year. */
export const RegionSurveysQuery = graphql(
  `
  query RegionSurveys($period: KpiPeriodInput!, $regions: [String!]) {
    regionWide: perception(period: $period, regions: $regions) {
      __typename
      ...SurveyRows
    }
    byDistrict: perception(period: $period, regions: $regions, byDistrict: true) {
      __typename
      ...SurveyRows
    }
  }
`,
  [SurveyRows],
);

type Data = ResultOf<typeof RegionSurveysQuery>;
export type RegionSurvey = Extract<Data['regionWide'], { __typename: 'Perception' }>['rows'][number];

const rowsOf = (answer: Data['regionWide']): readonly RegionSurvey[] =>
  answer.__typename === 'Perception' ? answer.rows : [];

export const useRegionSurveys = (regionCode: string) => {
  const today = almatyToday();
  const from = `${Number(today.slice(0, 4)) - 1}-01-01`;
  const state = useQuery(
    RegionSurveysQuery,
    { period: { from, to: today }, regions: [regionCode] },
    { live: true },
  );
  return {
    ...state,
    data: state.data ? [...rowsOf(state.data.regionWide), ...rowsOf(state.data.byDistrict)] : undefined,
  };
};
