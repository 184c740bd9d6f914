import type { ReactNode } from 'react';
import type { MessageKey } from '@/lib/i18n/catalogue.ts';
import { useI18n } from '@/lib/i18n/i18n.tsx';
import { formatKpi } from '../model/format-kpi.ts';
import { metaOf } from '../model/kpi-meta.ts';
import type { KpiComparison } from '../model/kpi-view.ts';
import type { OverviewTarget } from '../model/targets.ts';
import { DeltaLine } from './delta-line.tsx';
import { TargetLine } from './target-line.tsx';
import { useFlash } from './use-flash.ts';

interface KpiCardProps {
  readonly entry: KpiComparison;
  readonly title: MessageKey;
  readonly hint: MessageKey;
  readonly lead?: boolean;
  readonly changedAt: number | null;
  /** Extra lines under the value (p90 beside the median, people and money beside cases). */
  readonly detail?: ReactNode;
  /** The chair's target for this KPI and unit, where one applies. */
  readonly target?: OverviewTarget | null;
  readonly onOpen: () => void;
}

/** A headline number; pressing it opens the events it is made of. */
export const KpiCard = ({
  entry,
  title,
  hint,
  lead = false,
  changedAt,
  detail,
  target = null,
  onOpen,
}: KpiCardProps) => {
  const { t, fmt } = useI18n();
  const meta = metaOf(entry.kpi);
  const flash = useFlash(changedAt);
  const value = formatKpi(fmt, meta.shape, entry.current.value, t('common.noValue'));
  return (
    <article
      className={`kpi-card${lead ? ' kpi-card--lead' : ''}${flash ? ' is-flashing' : ''}`}
      style={{ '--kpi-accent': meta.color } as React.CSSProperties}
      data-kpi={entry.kpi}
    >
      <h2 className="kpi-card__title">{t(title)}</h2>
      <button
        type="button"
        className="kpi-card__value"
        onClick={onOpen}
        aria-label={`${t(title)}: ${value}. ${t('chart.openEvents', { label: t(title) })}`}
        data-testid={`kpi-${entry.kpi}`}
      >
        {value}
      </button>
      {detail ? <div className="kpi-card__detail">{detail}</div> : null}
      {target ? <TargetLine target={target} /> : null}
      <ul className="kpi-card__deltas">
        <DeltaLine current={entry.current} base={entry.previous} meta={meta} label={t('delta.vsPrevious')} />
        <DeltaLine
          current={entry.current}
          base={entry.yearEarlier}
          meta={meta}
          label={t('delta.vsYearAgo')}
        />
      </ul>
      <p className="kpi-card__hint">{t(hint)}</p>
    </article>
  );
};
