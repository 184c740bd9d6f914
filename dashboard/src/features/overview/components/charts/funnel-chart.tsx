import type { MessageKey } from '@/lib/i18n/catalogue.ts';
import { useI18n } from '@/lib/i18n/i18n.tsx';
import type { OverviewKpi } from '../../model/kpi-meta.ts';
import { KPI_META } from '../../model/kpi-meta.ts';
import { ChartFrame } from './chart-frame.tsx';

export interface FunnelValues {
  readonly risksIdentified: number | null;
  readonly recommendationsIssued: number | null;
  readonly causesRemoved: number | null;
}

const STEPS: readonly { kpi: OverviewKpi & keyof FunnelValues; label: MessageKey }[] = [
  { kpi: 'risksIdentified', label: 'chart.funnel.risks' },
  { kpi: 'recommendationsIssued', label: 'chart.funnel.recommendations' },
  { kpi: 'causesRemoved', label: 'chart.funnel.transformations' },
];

/** Risk → recommendation → transformation: each step's width against the first, and its conversion. */
export const FunnelChart = ({
  values,
  refreshing,
  changedAt,
  onOpen,
}: {
  values: FunnelValues;
  refreshing?: boolean;
  changedAt?: number | null;
  onOpen: (kpi: OverviewKpi) => void;
}) => {
  const { t, fmt } = useI18n();
  const top = Math.max(
    values.risksIdentified ?? 0,
    values.recommendationsIssued ?? 0,
    values.causesRemoved ?? 0,
    1,
  );
  const rows = STEPS.map((step, i) => {
    const value = values[step.kpi];
    const before = i === 0 ? null : values[STEPS[i - 1]!.kpi];
    return { ...step, value, conversion: value !== null && before ? value / before : null };
  });
  const hasData = rows.some((r) => (r.value ?? 0) > 0);
  return (
    <ChartFrame
      id="chart-funnel"
      title={t('chart.funnel')}
      subtitle={t('chart.funnel.lead')}
      rows={hasData ? rows : []}
      rowKey={(r) => r.kpi}
      refreshing={refreshing}
      changedAt={changedAt}
      columns={[
        { key: 'step', header: t('chart.period'), cell: (r) => t(r.label) },
        {
          key: 'value',
          header: t('common.total'),
          numeric: true,
          cell: (r) => (r.value === null ? '—' : fmt.integer(r.value)),
        },
        {
          key: 'conversion',
          header: '%',
          numeric: true,
          cell: (r) => (r.conversion === null ? '—' : fmt.percent(r.conversion)),
        },
      ]}
    >
      <ol className="funnel">
        {rows.map((r) => (
          <li key={r.kpi} className="funnel__step">
            <span className="funnel__label">{t(r.label)}</span>
            <button
              type="button"
              className="funnel__bar"
              style={{
                width: `${Math.max(((r.value ?? 0) / top) * 100, 2)}%`,
                background: KPI_META[r.kpi].color,
              }}
              onClick={() => onOpen(r.kpi)}
              data-testid={`funnel-${r.kpi}`}
              aria-label={`${t(r.label)}: ${r.value === null ? '—' : fmt.integer(r.value)}. ${t('chart.openEvents', { label: t(r.label) })}`}
            >
              <span className="funnel__value">{r.value === null ? '—' : fmt.integer(r.value)}</span>
            </button>
            <span className="funnel__conversion">
              {r.conversion === null
                ? ''
                : t('chart.funnel.conversion', { value: fmt.percent(r.conversion) })}
            </span>
          </li>
        ))}
      </ol>
    </ChartFrame>
  );
};
