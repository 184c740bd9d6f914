import { ReferenceLine } from 'recharts';

/** A note on the figures as a chart marks it: the day it is about, its text and author. */
export interface ChartComment {
  readonly id: string;
  readonly date: string;
  readonly text: string;
  readonly author: string;
}

/** A time bucket on a chart's category axis: its days and the label the axis shows. */
export interface MarkedBucket {
  readonly start: string;
  readonly end: string;
  readonly label: string;
}

const SHORT = 28;

/**
 * A dashed vertical line at the bucket holding each comment's day, labelled with the start of its
 * text on the side where the plot has room; the whole text, its day and its author are listed
 * beside the chart. One drawing for the overview's trend charts and the analysts' saved charts.
 */
export const commentMarkers = (
  comments: readonly ChartComment[],
  buckets: readonly MarkedBucket[],
  /** On a chart with named value axes, the one the marker spans (it needs one to know its height). */
  yAxisId?: string,
) =>
  comments.flatMap((comment) => {
    const index = buckets.findIndex((b) => b.start <= comment.date && comment.date <= b.end);
    const bucket = buckets[index];
    if (!bucket) return [];
    // In the later half the label runs leftwards from its line, so it stays inside the plot.
    const position = index > buckets.length / 2 ? 'insideTopRight' : 'insideTopLeft';
    const short = comment.text.length > SHORT ? `${comment.text.slice(0, SHORT - 1)}…` : comment.text;
    return [
      <ReferenceLine
        key={comment.id}
        x={bucket.label}
        {...(yAxisId === undefined ? {} : { yAxisId })}
        stroke="#8a5a00"
        strokeDasharray="3 3"
        label={{ value: `✎ ${short}`, position, fontSize: 11, fill: '#8a5a00' }}
      />,
    ];
  });
