import type { MessageKey } from '@/lib/i18n/catalogue.ts';
import type { SeriesSpec } from './series-chart.tsx';

export interface TrendChart {
  readonly id: string;
  readonly title: MessageKey;
  readonly series: readonly SeriesSpec[];
}

/** The overview's trends, in reading order; each is drawn by `SeriesChart` over the same buckets. */
export const TREND_CHARTS: readonly TrendChart[] = [
  {
    // The lead trend: how many causes were removed in each month (or week, quarter).
    id: 'chart-causes-removed',
    title: 'chart.identifiedVsRemoved',
    series: [
      { kpi: 'risksIdentified', kind: 'bar' },
      { kpi: 'causesRemoved', kind: 'bar' },
    ],
  },
  {
    // Of the risks found in each bucket, the share already removed: late cohorts still have time.
    id: 'chart-removal-rate',
    title: 'chart.removalRate',
    series: [
      { kpi: 'removalRate', kind: 'line' },
      { kpi: 'recurrenceRate', kind: 'line' },
    ],
  },
  {
    // How long removal takes: the median, and the slow tail (90th percentile).
    id: 'chart-days',
    title: 'chart.days',
    series: [
      { kpi: 'medianDaysToRemoval', kind: 'line' },
      { kpi: 'p90DaysToRemoval', kind: 'line' },
    ],
  },
];
