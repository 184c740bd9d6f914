import { useI18n } from '@/lib/i18n/i18n.tsx';
import type { ChartTable } from '../model/chart-table.ts';
import { formatValue } from './value-format.ts';

/** Every chart's text alternative: all values, unreduced, as a table a screen reader can walk. */
export const DataTable = ({ table, caption }: { table: ChartTable; caption: string }) => {
  const { fmt } = useI18n();
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling table must take focus so that keyboard users can scroll it
    <section className="chart-table" aria-label={caption} tabIndex={0}>
      <table>
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            {table.dimensions.map((d) => (
              <th key={d.key} scope="col">
                {d.label}
              </th>
            ))}
            {table.measures.map((m) => (
              <th key={m.key} scope="col" className="num">
                {m.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row) => (
            <tr key={row.keys.map((k) => k.code).join('|') || 'total'}>
              {row.keys.map((k, i) =>
                i === 0 ? (
                  <th key={table.dimensions[i]?.key ?? i} scope="row">
                    {k.label}
                  </th>
                ) : (
                  <td key={table.dimensions[i]?.key ?? i}>{k.label}</td>
                ),
              )}
              {row.values.map((v, m) => (
                <td key={table.measures[m]?.key ?? m} className="num">
                  {formatValue(fmt, table.measures[m]?.shape ?? 'count', v)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
};
