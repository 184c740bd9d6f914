import { useI18n } from '@/lib/i18n/i18n.tsx';
import { formatKpi } from '../model/format-kpi.ts';
import type { OverviewKpi } from '../model/kpi-meta.ts';
import type { KpiComparison } from '../model/kpi-view.ts';
import type { OverviewTarget } from '../model/targets.ts';
import { KpiCard } from './kpi-card.tsx';

interface HeadlineCardsProps {
  readonly entries: Partial<Record<OverviewKpi, KpiComparison>>;
  readonly changedAt: number | null;
  /** The target each card shows, where one applies. */
  readonly targetOf?: (kpi: OverviewKpi) => OverviewTarget | null;
  readonly onOpen: (kpi: OverviewKpi, label: string) => void;
}

/**
 * The methodology's order: causes removed, removal rate and days to removal lead; rights restored
 * and recurrence follow. Counts of arrests and cases are deliberately absent.
 */
export const HeadlineCards = ({ entries, changedAt, targetOf = () => null, onOpen }: HeadlineCardsProps) => {
  const { t, fmt } = useI18n();
  const card = (kpi: OverviewKpi) => entries[kpi];
  const value = (kpi: OverviewKpi) => card(kpi)?.current.value ?? null;
  const opener = (kpi: OverviewKpi, shape: Parameters<typeof formatKpi>[1]) => () =>
    onOpen(kpi, formatKpi(fmt, shape, value(kpi)));
  /** A secondary figure on a card: it too opens the events behind it. */
  const detailButton = (kpi: OverviewKpi, text: string) => (
    <button type="button" className="link-button" onClick={() => onOpen(kpi, text)}>
      {text}
    </button>
  );
  const removed = card('causesRemoved');
  const rate = card('removalRate');
  const median = card('medianDaysToRemoval');
  const rights = card('rightsRestoredCases');
  const recurrence = card('recurrenceRate');
  return (
    <>
      <div className="kpi-grid kpi-grid--lead">
        {removed ? (
          <KpiCard
            lead
            entry={removed}
            target={targetOf('causesRemoved')}
            title="kpi.causesRemoved"
            hint="kpi.causesRemoved.hint"
            changedAt={changedAt}
            onOpen={opener('causesRemoved', 'count')}
          />
        ) : null}
        {rate ? (
          <KpiCard
            lead
            entry={rate}
            target={targetOf('removalRate')}
            title="kpi.removalRate"
            hint="kpi.removalRate.hint"
            changedAt={changedAt}
            detail={
              rate.current.numerator !== null && rate.current.denominator !== null
                ? detailButton(
                    'removalRate',
                    `${fmt.integer(rate.current.numerator)} / ${fmt.integer(rate.current.denominator)}`,
                  )
                : null
            }
            onOpen={opener('removalRate', 'rate')}
          />
        ) : null}
        {median ? (
          <KpiCard
            lead
            entry={median}
            target={targetOf('medianDaysToRemoval')}
            title="kpi.daysToRemoval"
            hint="kpi.daysToRemoval.hint"
            changedAt={changedAt}
            detail={
              value('p90DaysToRemoval') !== null
                ? detailButton(
                    'p90DaysToRemoval',
                    t('kpi.daysP90Value', { value: fmt.days(value('p90DaysToRemoval')!) }),
                  )
                : null
            }
            onOpen={opener('medianDaysToRemoval', 'days')}
          />
        ) : null}
      </div>
      <h2 className="section-title">{t('overview.secondary')}</h2>
      <div className="kpi-grid">
        {rights ? (
          <KpiCard
            entry={rights}
            target={targetOf('rightsRestoredCases')}
            title="kpi.rightsRestored"
            hint="kpi.rightsRestored.hint"
            changedAt={changedAt}
            detail={
              <>
                {value('rightsRestoredPeople') !== null
                  ? detailButton(
                      'rightsRestoredPeople',
                      t('kpi.people', { value: fmt.integer(value('rightsRestoredPeople')!) }),
                    )
                  : null}
                {value('rightsRestoredMoneyKzt')
                  ? detailButton(
                      'rightsRestoredMoneyKzt',
                      t('kpi.money', { value: fmt.kzt(value('rightsRestoredMoneyKzt')!) }),
                    )
                  : null}
              </>
            }
            onOpen={opener('rightsRestoredCases', 'count')}
          />
        ) : null}
        {recurrence ? (
          <KpiCard
            entry={recurrence}
            target={targetOf('recurrenceRate')}
            title="kpi.recurrenceRate"
            hint="kpi.recurrenceRate.hint"
            changedAt={changedAt}
            onOpen={opener('recurrenceRate', 'rate')}
          />
        ) : null}
      </div>
    </>
  );
};
