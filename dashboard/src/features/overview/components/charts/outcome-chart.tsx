import { useCallback, useMemo, useState } from 'react';
import { useI18n } from '@/lib/i18n/i18n.tsx';
import { type OutcomePoint, type OutcomePoints, outcomeScale } from '../../model/outcome-points.ts';
import { placeLabels } from '../../model/place-labels.ts';
import { shortRegionName } from '../tile-layout.ts';
import { ChartFrame } from './chart-frame.tsx';

// The plot's coordinates follow its rendered width (one unit, one CSS pixel), so its 12 px type
// stays 12 px on a phone instead of shrinking with a wide drawing scaled down to fit.
const WIDE = 640;
// Narrower than this (a phone under 340 px) the drawing is scaled down rather than squeezed.
const NARROWEST = 280;
// Narrower than this, the regions are named as the tile map names them (ЗКО, Актобе).
const SHORT_NAMES_BELOW = 560;
const PAD = { left: 44, right: 16, top: 16, bottom: 40 };
const FONT = 12;
const RADIUS = 6;

/**
 * The rendered width of the plot's box, followed as the card resizes. A callback ref, not an
 * effect: the box is unmounted while the card shows its table and mounted anew when the chart
 * comes back (or when the first data arrives), and each new box must be the one observed.
 */
const useWidth = () => {
  const [width, setWidth] = useState(WIDE);
  const [fontFamily, setFontFamily] = useState<string | null>(null);
  const ref = useCallback((box: HTMLDivElement | null) => {
    if (!box || typeof ResizeObserver === 'undefined') return;
    setFontFamily(getComputedStyle(box).fontFamily);
    const measure = () => {
      // A box not laid out yet (display: none) measures 0: keep the last width rather than draw nothing.
      const measured = Math.round(box.clientWidth);
      if (measured > 0) setWidth(Math.max(NARROWEST, measured));
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(box);
    return () => observer.disconnect();
  }, []);
  return { ref, width, fontFamily };
};

/**
 * Measures a name as this browser draws it in the plot's font: the placer's estimate from the
 * number of letters is too narrow for some fonts, and names placed by it touched. None without a
 * canvas (the placer then estimates).
 */
const useMeasure = (fontFamily: string | null) =>
  useMemo(() => {
    const context = fontFamily ? document.createElement('canvas').getContext('2d') : null;
    if (!context) return undefined;
    context.font = `${FONT}px ${fontFamily}`;
    return (text: string) => context.measureText(text).width;
  }, [fontFamily]);

/** Each region's causes removed (x) against the change in its citizens' perception index (y). */
export const OutcomeChart = ({
  points,
  refreshing,
  changedAt,
}: {
  points: OutcomePoints;
  refreshing?: boolean;
  changedAt?: number | null;
}) => {
  const { t, fmt, region, lang } = useI18n();
  const { ref, width: WIDTH, fontFamily } = useWidth();
  const measure = useMeasure(fontFamily);
  const narrow = WIDTH < SHORT_NAMES_BELOW;
  // A phone's plot is taller for its width: the regions' names need the rows.
  const HEIGHT = narrow ? 420 : Math.max(300, Math.round(WIDTH / 2));
  // The full name stays in each point's tooltip, its accessible name and the table.
  const plotName = (code: string) => (narrow ? (shortRegionName(code, lang) ?? region(code)) : region(code));
  const signed = (n: number) => `${n > 0 ? '+' : ''}${fmt.decimal(n)}`;
  const { xMax, yMax } = outcomeScale(points.drawn);
  const x = (v: number) => PAD.left + (v / xMax) * (WIDTH - PAD.left - PAD.right);
  const y = (v: number) => PAD.top + ((yMax - v) / (2 * yMax)) * (HEIGHT - PAD.top - PAD.bottom);
  const label = (p: OutcomePoint) =>
    t('outcome.point', {
      region: region(p.region),
      removed: fmt.integer(p.causesRemoved),
      change: p.change === null ? t('outcome.unmeasurable') : signed(p.change),
    });
  return (
    <ChartFrame
      id="chart-outcome"
      title={t('outcome.title')}
      subtitle={t('outcome.lead')}
      rows={[...points.drawn, ...points.unmeasurable]}
      rowKey={(p) => p.region}
      refreshing={refreshing}
      changedAt={changedAt}
      columns={[
        { key: 'region', header: t('perception.region'), cell: (p) => region(p.region) },
        {
          key: 'removed',
          header: t('perception.causesRemoved'),
          numeric: true,
          cell: (p) => fmt.integer(p.causesRemoved),
        },
        {
          key: 'before',
          header: t('outcome.before'),
          numeric: true,
          cell: (p) => (p.before === null ? '—' : fmt.decimal(p.before)),
        },
        {
          key: 'latest',
          header: t('outcome.latest'),
          numeric: true,
          cell: (p) => (p.latest === null ? '—' : fmt.decimal(p.latest)),
        },
        {
          key: 'change',
          header: t('outcome.change'),
          numeric: true,
          cell: (p) => (p.change === null ? t('outcome.unmeasurable') : signed(p.change)),
        },
      ]}
    >
      <div ref={ref} className="outcome-plot__box">
        {points.drawn.length > 0 ? (
          <svg
            className="outcome-plot"
            viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
            width={WIDTH}
            height={HEIGHT}
            role="img"
            aria-label={t('outcome.title')}
            data-testid="outcome-plot"
          >
            <line className="outcome-plot__zero" x1={PAD.left} x2={WIDTH - PAD.right} y1={y(0)} y2={y(0)} />
            <line
              className="outcome-plot__axis"
              x1={PAD.left}
              x2={PAD.left}
              y1={PAD.top}
              y2={HEIGHT - PAD.bottom}
            />
            <text className="outcome-plot__tick" x={PAD.left - 6} y={y(yMax) + 4} textAnchor="end">
              {signed(yMax)}
            </text>
            <text className="outcome-plot__tick" x={PAD.left - 6} y={y(0) + 4} textAnchor="end">
              0
            </text>
            <text className="outcome-plot__tick" x={PAD.left - 6} y={y(-yMax) + 4} textAnchor="end">
              {signed(-yMax)}
            </text>
            <text className="outcome-plot__tick" x={PAD.left} y={HEIGHT - PAD.bottom + 16}>
              0
            </text>
            <text
              className="outcome-plot__tick"
              x={WIDTH - PAD.right}
              y={HEIGHT - PAD.bottom + 16}
              textAnchor="end"
            >
              {fmt.integer(xMax)}
            </text>
            <text
              className="outcome-plot__axis-label"
              x={(WIDTH + PAD.left) / 2}
              y={HEIGHT - 6}
              textAnchor="middle"
            >
              {t('outcome.xAxis')}
            </text>
            {(() => {
              const dots = points.drawn.map((p) => ({
                x: x(p.causesRemoved),
                y: y(p.change ?? 0),
                text: plotName(p.region),
              }));
              const names = placeLabels(dots, {
                fontSize: FONT,
                measure,
                pointRadius: RADIUS,
                bounds: { left: PAD.left, top: 0, right: WIDTH, bottom: HEIGHT - PAD.bottom },
              });
              return points.drawn.map((p, i) => {
                const dot = dots[i]!;
                const name = names[i]!;
                // A name moved off its dot's row is tied back to it by a thin line.
                const moved = Math.abs(name.y - (dot.y + FONT * 0.3)) > 1;
                return (
                  <g
                    key={p.region}
                    className="outcome-plot__point"
                    data-region={p.region}
                    aria-label={label(p)}
                  >
                    <title>{label(p)}</title>
                    {name.shown && moved ? (
                      <line
                        className="outcome-plot__leader"
                        x1={dot.x}
                        y1={dot.y}
                        x2={name.x}
                        y2={name.y - FONT * 0.3}
                      />
                    ) : null}
                    <circle cx={dot.x} cy={dot.y} r={RADIUS} />
                    {name.shown ? (
                      <text x={name.x} y={name.y} textAnchor={name.anchor}>
                        {dot.text}
                      </text>
                    ) : null}
                  </g>
                );
              });
            })()}
          </svg>
        ) : null}
      </div>
      <p className="outcome-legend">
        <span className="outcome-legend__dot" aria-hidden="true" /> {t('outcome.legend')}
      </p>
      {points.unmeasurable.length > 0 ? (
        <p className="outcome-unmeasurable" data-testid="outcome-unmeasurable">
          <strong>{t('outcome.unmeasurable')}:</strong>{' '}
          {points.unmeasurable.map((p) => region(p.region)).join(', ')}
        </p>
      ) : null}
    </ChartFrame>
  );
};
