import { Line } from 'recharts';
import { INK } from '@/components/palette.ts';
import { goalKey } from '../../model/goals.ts';

/** Goal lines in the text's colours, dashed, so they read apart from the KPI they stand over. */
const GOAL_STROKES = [INK.text, INK.muted] as const;

/**
 * A KPI's goal as a step over its buckets: what the targets ask of each bucket, level across the
 * bucket (a count's target spread over its period's days, a rate's value as it is). Returned as
 * elements, not a component, so that the chart finds them among its children.
 */
export const goalLines = (kpis: readonly string[]) =>
  kpis.map((kpi, i) => (
    <Line
      key={goalKey(kpi)}
      dataKey={goalKey(kpi)}
      name={goalKey(kpi)}
      type="step"
      stroke={GOAL_STROKES[i % GOAL_STROKES.length]}
      strokeWidth={2}
      strokeDasharray="6 3"
      dot={false}
      activeDot={false}
      isAnimationActive={false}
      data-goal={kpi}
    />
  ));
