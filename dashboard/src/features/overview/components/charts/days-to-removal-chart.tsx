import { useI18n } from '@/lib/i18n/i18n.tsx';
import type { Granularity } from '../../model/granularity.ts';
import type { OverviewKpi } from '../../model/kpi-meta.ts';
import type { SeriesPoint } from '../../model/kpi-view.ts';
import { SeriesChart } from './series-chart.tsx';

interface Props {
  readonly points: readonly SeriesPoint[];
  readonly granularity: Granularity;
  readonly refreshing?: boolean;
  readonly changedAt?: number | null;
  readonly onOpen: (kpi: OverviewKpi, point: SeriesPoint) => void;
}

/** How long removal takes: the median, and the slow tail (90th percentile). */
export const DaysToRemovalChart = (props: Props) => {
  const { t } = useI18n();
  return (
    <SeriesChart
      id="chart-days"
      title={t('chart.days')}
      series={[
        { kpi: 'medianDaysToRemoval', kind: 'line' },
        { kpi: 'p90DaysToRemoval', kind: 'line' },
      ]}
      {...props}
    />
  );
};
