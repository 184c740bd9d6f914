import { Link } from 'react-router';
import { ApiErrorPanel } from '@/components/api-error-panel.tsx';
import { TableScroll } from '@/components/table-scroll.tsx';
import { useI18n } from '@/lib/i18n/i18n.tsx';
import { POPULATION_GROUP_LABELS } from '@/lib/i18n/vocabulary.generated.ts';
import { useRegionSurveys } from '../api/region-surveys-query.ts';

/** The region's latest surveys per group (region-wide and per district), each one withdrawable. */
export const SurveysView = ({ regionCode, base }: { regionCode: string; base: string }) => {
  const { t, fmt, lang } = useI18n();
  const surveys = useRegionSurveys(regionCode);
  if (surveys.error) return <ApiErrorPanel error={surveys.error} onRetry={surveys.refetch} />;
  if (!surveys.data) return null;
  if (surveys.data.length === 0) return <p>{t('ws.surveys.none')}</p>;
  return (
    <TableScroll label={t('ws.tab.surveys')}>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('ws.field.group')}</th>
            <th scope="col">{t('ws.field.district')}</th>
            <th scope="col">{t('ws.field.fieldworkEnded')}</th>
            <th scope="col">{t('ws.field.perceptionIndex')}</th>
            <th scope="col">{t('ws.field.facedCorruptionShare')}</th>
            <th scope="col">{t('ws.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {surveys.data.map((s) => (
            <tr key={s.surveyId}>
              <td>{POPULATION_GROUP_LABELS[s.group][lang]}</td>
              <td>{s.district ? `${s.districtName ?? ''} ${s.district}`.trim() : '—'}</td>
              <td>{fmt.date(s.conductedOn)}</td>
              <td className="num">{fmt.decimal(s.perceptionIndex)}</td>
              <td className="num">{fmt.percent(s.facedCorruptionShare)}</td>
              <td>
                <Link to={`${base}/surveys/${s.surveyId}/withdraw`}>{t('ws.action.withdraw')}</Link>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
};
