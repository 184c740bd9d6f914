import type { SeriesPoint } from './kpi-view.ts';

/**
 * Whether a trend chart has anything to draw: some bucket where one of its KPIs is neither missing
 * nor zero. A period without events answers zeros and nulls in every bucket; drawn, that is a flat
 * line on empty axes that reads as a measured nothing, so the chart says "no data" instead.
 */
export const hasFigures = (points: readonly SeriesPoint[], kpis: readonly string[]): boolean =>
  points.some((p) => kpis.some((kpi) => (p.values[kpi] ?? 0) !== 0));
