import { ReferenceLine } from 'recharts';
import type { SeriesPoint } from '../../model/kpi-view.ts';

/** A note on the figures as a chart marks it: the day it is about, its text and author. */
export interface ChartComment {
  readonly id: string;
  readonly date: string;
  readonly text: string;
  readonly author: string;
}

const SHORT = 28;

/**
 * A dashed vertical line at the bucket holding each comment's day, labelled with the start of its
 * text on the side where the plot has room; the whole text, its day and its author are in the comments list under the charts.
 */
export const commentMarkers = (
  comments: readonly ChartComment[],
  points: readonly SeriesPoint[],
  labelOf: (point: SeriesPoint) => string,
) =>
  comments.flatMap((comment) => {
    const index = points.findIndex((p) => p.start <= comment.date && comment.date <= p.end);
    const point = points[index];
    if (!point) return [];
    // In the later half the label runs leftwards from its line, so it stays inside the plot.
    const position = index > points.length / 2 ? 'insideTopRight' : 'insideTopLeft';
    const short = comment.text.length > SHORT ? `${comment.text.slice(0, SHORT - 1)}…` : comment.text;
    return [
      <ReferenceLine
        key={comment.id}
        x={labelOf(point)}
        stroke="#8a5a00"
        strokeDasharray="3 3"
        label={{ value: `✎ ${short}`, position, fontSize: 11, fill: '#8a5a00' }}
      />,
    ];
  });
