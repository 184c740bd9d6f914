import { useI18n } from '@/lib/i18n/i18n.tsx';
import type { ChartTable } from '../model/chart-table.ts';
import { download, fileNameOf } from '../model/export-image.ts';
import { type Pivot, pivotCsv } from '../model/pivot.ts';
import { formatValue } from './value-format.ts';

/** The chart's first measure as a grid (e.g. month by region), with its own CSV export. */
export const PivotTable = ({ pivot, table, title }: { pivot: Pivot; table: ChartTable; title: string }) => {
  const { t, fmt } = useI18n();
  const measure = table.measures[0];
  const caption = `${t('charts.pivot')}: ${title}${measure ? ` · ${measure.label}` : ''}`;
  return (
    <>
      <button
        type="button"
        className="button button--small pivot-table__csv"
        onClick={() =>
          download(
            new Blob([pivotCsv(pivot)], { type: 'text/csv;charset=utf-8' }),
            fileNameOf(`${title} ${t('charts.pivot')}`, 'csv'),
          )
        }
      >
        {t('charts.pivot.csv')}
      </button>
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling table must take focus so that keyboard users can scroll it */}
      <section className="chart-table pivot-table" aria-label={caption} tabIndex={0}>
        <table>
          <caption className="visually-hidden">{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{pivot.rowHeader}</th>
              {pivot.columns.map((c) => (
                <th key={c.code} scope="col" className="num">
                  {c.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {pivot.rows.map((row) => (
              <tr key={row.code}>
                <th scope="row">{row.label}</th>
                {row.cells.map((v, i) => (
                  <td key={pivot.columns[i]?.code ?? i} className="num">
                    {formatValue(fmt, measure?.shape ?? 'count', v)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </>
  );
};
