import { ApiErrorPanel } from '@/components/api-error-panel.tsx';
import { TableScroll } from '@/components/table-scroll.tsx';
import type { MessageKey } from '@/lib/i18n/catalogue.ts';
import { useI18n } from '@/lib/i18n/i18n.tsx';
import { useOverviewDistricts } from '../api/region-districts-query.ts';
import type { OverviewFilters } from '../model/filters.ts';

const HEADINGS: Readonly<Record<string, MessageKey>> = {
  risksIdentified: 'districts.risksIdentified',
  causesRemoved: 'districts.causesRemoved',
  removalRate: 'districts.removalRate',
  openRisks: 'districts.openRisks',
  receptionsHeld: 'districts.receptionsHeld',
  risksPerReception: 'districts.risksPerReception',
  perceptionIndex: 'districts.perceptionIndex',
};
const RATES: ReadonlySet<string> = new Set(['removalRate']);
const DECIMALS: ReadonlySet<string> = new Set(['risksPerReception', 'perceptionIndex']);

/**
 * The region in focus, district by district: its KPIs, its receptions and the risks found per
 * reception, and the citizens' latest perception index in each district, for the overview's period.
 */
export const RegionDistricts = ({ filters }: { filters: OverviewFilters }) => {
  const { t, fmt, lang, region } = useI18n();
  const districts = useOverviewDistricts(filters);
  if (filters.region === null) return null;
  if (districts.error) return <ApiErrorPanel error={districts.error} onRetry={districts.refetch} />;
  const chart = districts.data;
  if (!chart) return null;
  const labelOf = (k: { labelRu: string; labelKk: string; labelEn: string }) =>
    lang === 'kk' ? k.labelKk : lang === 'en' ? k.labelEn : k.labelRu;
  const format = (measure: string, v: number | null | undefined) =>
    v === null || v === undefined
      ? '—'
      : RATES.has(measure)
        ? fmt.percent(v)
        : DECIMALS.has(measure)
          ? fmt.decimal(v)
          : fmt.integer(v);
  return (
    <section className="card region-districts" aria-labelledby="region-districts-title">
      <h2 id="region-districts-title" className="section-title">
        {t('districts.title', { region: region(filters.region) })}
      </h2>
      {chart.rows.length === 0 ? (
        <p>{t('districts.none')}</p>
      ) : (
        <TableScroll label={t('districts.title', { region: region(filters.region) })}>
          <table>
            <thead>
              <tr>
                <th scope="col">{t('districts.district')}</th>
                {chart.measures.map((m) => (
                  <th key={m} scope="col" className="num">
                    {HEADINGS[m] ? t(HEADINGS[m]) : m}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {chart.rows.map((row) => (
                <tr key={row.keys[0]!.key}>
                  <th scope="row">{labelOf(row.keys[0]!)}</th>
                  {chart.measures.map((m, k) => (
                    <td key={m} className="num">
                      {format(m, row.values[k])}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </section>
  );
};
