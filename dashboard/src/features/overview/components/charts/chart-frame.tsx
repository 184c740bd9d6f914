import { type ReactNode, useState } from 'react';
import { EmptyState } from '@/components/empty-state.tsx';
import { type ViewMode, ViewToggle } from '@/components/view-toggle.tsx';
import { useI18n } from '@/lib/i18n/i18n.tsx';
import { useFlash } from '../use-flash.ts';

export interface TableColumn<Row> {
  readonly key: string;
  readonly header: string;
  readonly numeric?: boolean;
  readonly cell: (row: Row) => ReactNode;
}

interface ChartFrameProps<Row> {
  readonly id: string;
  readonly title: string;
  readonly subtitle?: string;
  /** A footnote under the chart (e.g. that the last bucket is incomplete). */
  readonly note?: string;
  readonly rows: readonly Row[];
  readonly columns: readonly TableColumn<Row>[];
  readonly rowKey: (row: Row) => string;
  readonly children: ReactNode;
  readonly refreshing?: boolean;
  /** When live data last changed what this chart shows: a brief highlight says so. */
  readonly changedAt?: number | null;
}

/** Every chart on the overview: a title, the chart or its table, and an empty state that says why. */
export const ChartFrame = <Row,>({
  id,
  title,
  subtitle,
  note,
  rows,
  columns,
  rowKey,
  children,
  refreshing,
  changedAt = null,
}: ChartFrameProps<Row>) => {
  const { t } = useI18n();
  const [mode, setMode] = useState<ViewMode>('chart');
  const flash = useFlash(changedAt);
  return (
    <section
      className={`chart-card card${flash ? ' is-flashing' : ''}`}
      aria-labelledby={`${id}-title`}
      aria-busy={refreshing || undefined}
    >
      <header className="chart-card__header">
        <div>
          <h2 id={`${id}-title`}>{title}</h2>
          {subtitle ? <p className="chart-card__subtitle">{subtitle}</p> : null}
        </div>
        <ViewToggle mode={mode} onChange={setMode} label={title} />
      </header>
      {rows.length === 0 ? (
        <EmptyState title={t('chart.empty')} />
      ) : mode === 'chart' ? (
        <div className="chart-card__plot">
          {children}
          {note ? <p className="chart-card__note">{note}</p> : null}
        </div>
      ) : (
        <div className="chart-card__table">
          <table>
            <caption className="visually-hidden">{title}</caption>
            <thead>
              <tr>
                {columns.map((c) => (
                  <th key={c.key} scope="col" className={c.numeric ? 'num' : undefined}>
                    {c.header}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={rowKey(row)}>
                  {columns.map((c) => (
                    <td key={c.key} className={c.numeric ? 'num' : undefined}>
                      {c.cell(row)}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
};
