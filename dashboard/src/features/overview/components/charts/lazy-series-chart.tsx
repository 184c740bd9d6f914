import { type ComponentProps, lazy, Suspense } from 'react';
import { PageProgress } from '@/components/page-progress.tsx';
import type { SeriesChart } from './series-chart.tsx';

/** The charting library (a third of the overview's code) arrives with the charts, not before the figures. */
export const loadSeriesChart = () => import('./series-chart.tsx');

const Chart = lazy(() => loadSeriesChart().then((module) => ({ default: module.SeriesChart })));

/**
 * A trend chart whose code may still be on its way: the lead figures above it are drawn first,
 * and the chart's card keeps its place meanwhile so nothing jumps when it arrives.
 */
export const LazySeriesChart = (props: ComponentProps<typeof SeriesChart>) => (
  <Suspense
    fallback={
      <section className="chart-card card chart-card--waiting" aria-label={props.title}>
        <h2 className="chart-card__header">{props.title}</h2>
        <PageProgress />
      </section>
    }
  >
    <Chart {...props} />
  </Suspense>
);
