import { useI18n } from '@/lib/i18n/i18n.tsx';
import { useUnitReceptions } from '../api/unit-receptions-query.ts';

/**
 * A unit's receptions this year (a region's, or a central body's): held, citizens received, issues
 * raised, and risks per reception.
 */
export const ReceptionsSummary = ({ unit }: { unit: string }) => {
  const { t, fmt } = useI18n();
  const { data } = useUnitReceptions(unit);
  if (!data) return null;
  const figures = [
    [t('ws.receptions.held'), fmt.integer(data.receptions)],
    [t('ws.receptions.citizens'), fmt.integer(data.citizensReceived)],
    [t('ws.receptions.issues'), fmt.integer(data.issuesRaised)],
    [t('ws.receptions.risks'), fmt.integer(data.risksFromReceptions ?? 0)],
    [
      t('ws.receptions.perReception'),
      data.risksPerReception === null ? '—' : fmt.decimal(data.risksPerReception),
    ],
  ] as const;
  return (
    <section className="receptions" aria-labelledby="receptions-title">
      <h2 id="receptions-title">{t('ws.receptions.title')}</h2>
      <dl className="receptions-summary">
        {figures.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd className="num">{value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
};
