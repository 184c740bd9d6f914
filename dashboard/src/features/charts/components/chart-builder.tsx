import { useEffect, useMemo, useRef, useState } from 'react';
import { useSearchParams } from 'react-router';
import { ApiErrorPanel } from '@/components/api-error-panel.tsx';
import { EmptyState } from '@/components/empty-state.tsx';
import { useI18n } from '@/lib/i18n/i18n.tsx';
import { kpiRefusalKey } from '@/lib/i18n/refusal-keys.ts';
import { useViewer } from '@/lib/session/session.tsx';
import { useChartData } from '../api/chart-data-query.ts';
import type { SavedChart } from '../api/saved-chart-fields.ts';
import { exportCaption } from '../model/export-caption.ts';
import { type ChartSpec, encodeSpec } from '../model/spec.ts';
import { measureText } from '../model/target-measures.ts';
import { ChartView } from './chart-view.tsx';
import { ExportMenu } from './export-menu.tsx';
import { FilterControls } from './filter-controls.tsx';
import { LayoutControls } from './layout-controls.tsx';
import { MeasurePicker } from './measure-picker.tsx';
import { PinToBoard } from './pin-to-board.tsx';
import { SavePanel } from './save-panel.tsx';

interface Props {
  readonly initial: ChartSpec;
  readonly saved: SavedChart | null;
  readonly justSaved?: boolean;
}

/** Controls on the left, the chart on the right: every change redraws at once. */
export const ChartBuilder = ({ initial, saved, justSaved }: Props) => {
  const { t, fmt, region, sphere, cause, source } = useI18n();
  // Analysts save; the chair opens charts shared with them and reads them only.
  const canSave = useViewer().role === 'ANALYST';
  const [spec, setSpec] = useState<ChartSpec>(initial);
  const [issues, setIssues] = useState<Record<string, string>>({});
  const [, setSearch] = useSearchParams();
  const figure = useRef<HTMLDivElement>(null);
  const data = useChartData(spec, { skip: spec.measures.length === 0 });

  // An unsaved chart lives in the address, so a reload or a copied link keeps it.
  useEffect(() => {
    if (!saved) setSearch({ spec: encodeSpec(spec) }, { replace: true });
  }, [spec, saved, setSearch]);

  const title = useMemo(
    () => saved?.name ?? spec.measures.map((m) => measureText(t, m)).join(', '),
    [saved?.name, spec.measures, t],
  );

  const caption = useMemo(() => {
    const labels = { regions: region, spheres: sphere, causeCategories: cause, sources: source } as const;
    const names = {
      regions: 'charts.filters.regions',
      spheres: 'charts.filters.spheres',
      causeCategories: 'charts.filters.causes',
      sources: 'charts.filters.sources',
    } as const;
    return exportCaption(spec, data.table?.period, {
      period: (from, to) => t('charts.caption.period', { from: fmt.date(from), to: fmt.date(to) }),
      asOf: (day) => t('charts.caption.asOf', { date: fmt.date(day) }),
      filters: (list) => t('charts.caption.filters', { filters: list }),
      filter: (key, codes) => `${t(names[key])}: ${codes.map(labels[key]).join(', ')}`,
    });
  }, [spec, data.table?.period, t, fmt, region, sphere, cause, source]);

  return (
    <div className="builder">
      <form
        className="builder__controls card"
        aria-label={t('filters.title')}
        onSubmit={(e) => e.preventDefault()}
      >
        <MeasurePicker
          value={spec.measures}
          onChange={(measures) =>
            setSpec({
              ...spec,
              measures,
              sort: spec.sort && measures.includes(spec.sort.by) ? spec.sort : null,
            })
          }
          error={issues['spec.measures']}
        />
        <LayoutControls spec={spec} onChange={setSpec} />
        <FilterControls spec={spec} onChange={setSpec} errors={issues} />
      </form>
      <section className="builder__canvas card" aria-labelledby="chart-title" aria-busy={data.loading}>
        {saved && !saved.ownedByMe ? <p className="notice">{t('charts.sharedBy')}</p> : null}
        <div className="builder__title">
          <h2 id="chart-title">{title || t('charts.tab.builder')}</h2>
          {saved && canSave ? <PinToBoard chartId={saved.id} /> : null}
        </div>
        {spec.measures.length === 0 ? (
          <EmptyState title={t('charts.empty.measures')} />
        ) : data.refusal ? (
          <p className="form-error" role="alert">
            {t('charts.refused')} {t(kpiRefusalKey(data.refusal))}
          </p>
        ) : data.error ? (
          <ApiErrorPanel error={data.error} onRetry={data.refetch} />
        ) : !data.table ? (
          <div className="page-progress" role="status">
            <div className="progress-bar progress-bar--indeterminate" aria-hidden="true" />
            <p>{t('charts.run.loading')}</p>
          </div>
        ) : data.table.rows.length === 0 ? (
          <EmptyState title={t('charts.empty.data')} />
        ) : (
          <>
            <ChartView table={data.table} type={spec.chartType} title={title} figureRef={figure} />
            <ExportMenu
              table={data.table}
              title={title}
              figure={figure}
              caption={caption}
              pictures={spec.chartType !== 'TABLE'}
            />
          </>
        )}
        {canSave ? (
          <SavePanel spec={spec} saved={saved} issues={issues} onIssues={setIssues} justSaved={justSaved} />
        ) : null}
      </section>
    </div>
  );
};
