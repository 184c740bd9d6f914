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

/** Of the risks found in each bucket, the share already removed: late cohorts still have time. */
export const RemovalRateChart = (props: Props) => {
  const { t } = useI18n();
  return (
    <SeriesChart
      id="chart-removal-rate"
      title={t('chart.removalRate')}
      series={[
        { kpi: 'removalRate', kind: 'line' },
        { kpi: 'recurrenceRate', kind: 'line' },
      ]}
      {...props}
    />
  );
};
