import { type RefObject, useState } from 'react';
import { INK } from '@/components/palette.ts';
import { useI18n } from '@/lib/i18n/i18n.tsx';
import type { ChartTable } from '../model/chart-table.ts';
import { toCsv } from '../model/csv.ts';
import { download, fileNameOf, type LegendEntry, pngOf, svgDocument } from '../model/export-image.ts';

/** The chart's drawn surfaces (one per unit panel), in reading order; legend icons are tiny surfaces too. */
const surfacesOf = (figure: HTMLElement | null): SVGSVGElement[] =>
  [...(figure?.querySelectorAll<SVGSVGElement>('svg.recharts-surface') ?? [])].filter(
    (svg) => svg.getBoundingClientRect().height > 40,
  );

/** The legend as drawn: our own (series charts) or Recharts' (the pie). */
const legendOf = (figure: HTMLElement | null): LegendEntry[] => {
  const own = [...(figure?.querySelectorAll<HTMLElement>('[data-legend-colour]') ?? [])];
  if (own.length > 0)
    return own.map((item) => ({
      label: item.dataset.legendLabel ?? item.textContent?.trim() ?? '',
      colour: item.dataset.legendColour ?? INK.text,
    }));
  return [...(figure?.querySelectorAll('.recharts-legend-item') ?? [])].map((item) => ({
    label: item.textContent?.trim() ?? '',
    colour: item.querySelector('path, rect')?.getAttribute('fill') ?? INK.text,
  }));
};

type Format = 'csv' | 'png' | 'svg';

/** Data as CSV, the picture as PNG or SVG; the picture formats need a drawn chart. */
export const ExportMenu = ({
  table,
  title,
  figure,
  pictures,
  caption,
}: {
  table: ChartTable;
  title: string;
  /** Period, filters and "as known on": written under the title of an exported picture. */
  caption: readonly string[];
  figure: RefObject<HTMLDivElement | null>;
  /** False for a table: there is no picture to export. */
  pictures: boolean;
}) => {
  const { t } = useI18n();
  const [running, setRunning] = useState<Format | null>(null);
  const [failed, setFailed] = useState(false);
  const run = async (format: Format) => {
    setRunning(format);
    setFailed(false);
    try {
      if (format === 'csv') {
        download(
          new Blob([toCsv(table, (label) => t('charts.export.codeColumn', { label }))], {
            type: 'text/csv;charset=utf-8',
          }),
          fileNameOf(title, 'csv'),
        );
        return;
      }
      const surfaces = surfacesOf(figure.current);
      if (surfaces.length === 0) throw new Error('no drawn chart');
      const text = svgDocument(surfaces, title, legendOf(figure.current), caption);
      const blob = format === 'svg' ? new Blob([text], { type: 'image/svg+xml' }) : await pngOf(text);
      download(blob, fileNameOf(title, format));
    } catch {
      setFailed(true);
    } finally {
      setRunning(null);
    }
  };
  return (
    <fieldset className="export-menu">
      <legend className="export-menu__label">{t('charts.export')}</legend>
      <button
        type="button"
        className="button button--small"
        disabled={running !== null}
        onClick={() => void run('csv')}
      >
        {t('charts.export.csv')}
      </button>
      <button
        type="button"
        className="button button--small"
        disabled={running !== null || !pictures}
        onClick={() => void run('png')}
      >
        {t('charts.export.png')}
      </button>
      <button
        type="button"
        className="button button--small"
        disabled={running !== null || !pictures}
        onClick={() => void run('svg')}
      >
        {t('charts.export.svg')}
      </button>
      <span aria-live="polite" className="export-menu__status">
        {running ? t('charts.export.running') : failed ? t('charts.export.failed') : ''}
      </span>
    </fieldset>
  );
};
