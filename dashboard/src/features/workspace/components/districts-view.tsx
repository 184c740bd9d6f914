import { ApiErrorPanel } from '@/components/api-error-panel.tsx';
import { TableScroll } from '@/components/table-scroll.tsx';
import type { MessageKey } from '@/lib/i18n/catalogue.ts';
import { useI18n } from '@/lib/i18n/i18n.tsx';
import { DISTRICT_MEASURES, useRegionDistricts } from '../api/region-districts-query.ts';

const RATES: ReadonlySet<string> = new Set(['removalRate']);
const MEASURE_LABELS: Record<(typeof DISTRICT_MEASURES)[number], MessageKey> = {
  risksIdentified: 'kpi.risksIdentified',
  causesRemoved: 'kpi.causesRemoved',
  removalRate: 'kpi.removalRate',
  openRisks: 'kpi.openRisks',
  recommendationsOverdue: 'kpi.recommendationsOverdue',
  rightsRestoredCases: 'kpi.rightsRestored',
};

/**
 * The region's districts with their KPIs since the start of the year: every district its risks
 * name (named as its officers named it), and the risks that name none, at region level.
 */
export const DistrictsView = ({ regionCode }: { regionCode: string }) => {
  const { t, fmt, lang } = useI18n();
  const districts = useRegionDistricts(regionCode);
  if (districts.error) return <ApiErrorPanel error={districts.error} onRetry={districts.refetch} />;
  if (!districts.data) return null;
  if (districts.data.length === 0) return <p>{t('ws.districts.none')}</p>;
  const labelOf = (k: { labelRu: string; labelKk: string; labelEn: string }) =>
    lang === 'kk' ? k.labelKk : lang === 'en' ? k.labelEn : k.labelRu;
  return (
    <>
      <p>
        {t('ws.districts.lead', { from: fmt.date(districts.period.from), to: fmt.date(districts.period.to) })}
      </p>
      <TableScroll label={t('ws.tab.districts')}>
        <table>
          <thead>
            <tr>
              <th scope="col">{t('ws.field.district')}</th>
              {DISTRICT_MEASURES.map((m) => (
                <th key={m} scope="col" className="num">
                  {t(MEASURE_LABELS[m])}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {districts.data.map((row) => (
              <tr key={row.keys[0]!.key}>
                <th scope="row">{labelOf(row.keys[0]!)}</th>
                {row.values.map((v, k) => (
                  <td key={DISTRICT_MEASURES[k]} className="num">
                    {v === null ? '—' : RATES.has(DISTRICT_MEASURES[k]!) ? fmt.percent(v) : fmt.integer(v)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </>
  );
};
