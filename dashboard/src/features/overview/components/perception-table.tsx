import { TableScroll } from '@/components/table-scroll.tsx';
import { useI18n } from '@/lib/i18n/i18n.tsx';
import type { PerceptionLine } from '../model/perception.ts';

/** Per region, the latest perception index of citizens beside the causes removed in the period. */
export const PerceptionTable = ({ lines }: { lines: readonly PerceptionLine[] }) => {
  const { t, fmt, region } = useI18n();
  return (
    <section className="card perception" aria-labelledby="perception-title">
      <h2 id="perception-title" className="section-title">
        {t('perception.title')}
      </h2>
      <p className="perception__lead">{t('perception.lead')}</p>
      <TableScroll label={t('perception.title')}>
        <table>
          <thead>
            <tr>
              <th scope="col">{t('perception.region')}</th>
              <th scope="col">{t('perception.index')}</th>
              <th scope="col">{t('perception.share')}</th>
              <th scope="col">{t('perception.causesRemoved')}</th>
              <th scope="col">{t('perception.surveyed')}</th>
            </tr>
          </thead>
          <tbody>
            {lines.map((line) => (
              <tr key={line.region}>
                <th scope="row">{region(line.region)}</th>
                <td className="num">
                  {line.perception ? fmt.decimal(line.perception.perceptionIndex) : '—'}
                </td>
                <td className="num">
                  {line.perception ? fmt.percent(line.perception.facedCorruptionShare) : '—'}
                </td>
                <td className="num">{line.causesRemoved === null ? '—' : fmt.integer(line.causesRemoved)}</td>
                <td>{line.perception ? fmt.date(line.perception.conductedOn) : t('perception.none')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </section>
  );
};
