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

/** The lead trend: how many causes were removed in each month (or week, quarter). */
export const CausesRemovedChart = (props: Props) => {
  const { t } = useI18n();
  return (
    <SeriesChart
      id="chart-causes-removed"
      title={t('chart.identifiedVsRemoved')}
      series={[
        { kpi: 'risksIdentified', kind: 'bar' },
        { kpi: 'causesRemoved', kind: 'bar' },
      ]}
      {...props}
    />
  );
};
