import type { ChartComment } from '@/components/comment-markers.tsx';
import { graphql } from '@/lib/graphql/graphql.ts';
import { useQuery } from '@/lib/graphql/use-query.ts';
import type { ChartSpec } from '../model/spec.ts';
import { toQuerySpec } from './chart-data-query.ts';

export const ChartCommentsQuery = graphql(`
  query ChartComments($units: [String!], $from: Date, $to: Date, $asOf: DateTime) {
    figureComments(units: $units, from: $from, to: $to, asOf: $asOf) {
      id
      date
      text
      author
      authorName
    }
  }
`);

const today = () => new Date(Date.now() + 5 * 3_600_000).toISOString().slice(0, 10);

/**
 * The chair's and analysts' comments on figures over a chart's period and regions (all of them when
 * the chart names none), as known on its "as known on" day: what its markers show.
 */
export const useChartComments = (spec: ChartSpec): readonly ChartComment[] => {
  const { period, asOf } = toQuerySpec(spec, today());
  const regions = spec.filters?.regions;
  const timed = spec.dimensions[0]?.by === 'TIME';
  const state = useQuery(
    ChartCommentsQuery,
    { units: regions && regions.length > 0 ? [...regions] : null, from: period.from, to: period.to, asOf },
    { skip: !timed },
  );
  return (state.data?.figureComments ?? []).map((c) => ({
    id: c.id,
    date: c.date,
    text: c.text,
    author: c.authorName ?? c.author,
  }));
};
