import { describe, expect, it } from 'vitest';
import { planAxes } from '@/features/charts/model/axes.ts';
import { metaOf } from '../../model/kpi-meta.ts';
import { TREND_CHARTS } from './trend-charts.ts';

/**
 * The overview's trends draw every series of a chart against one value axis; that is right only
 * while a chart's KPIs share a unit (counts with counts, shares with shares, days with days).
 */
describe("the overview's trend charts", () => {
  it.each(TREND_CHARTS.map((chart) => [chart.id, chart] as const))('%s draws one unit only', (_id, chart) => {
    const plan = planAxes(
      chart.series.map((s) => ({
        key: s.kpi,
        shape: metaOf(s.kpi).shape,
        measure: s.kpi,
        measureLabel: s.kpi,
      })),
    );
    expect(plan.mixed).toBe(false);
    expect(plan.panels).toHaveLength(1);
  });
});
