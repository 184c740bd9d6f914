import { useI18n } from '@/lib/i18n/i18n.tsx';
import { type OutcomePoint, type OutcomePoints, outcomeScale } from '../../model/outcome-points.ts';
import { ChartFrame } from './chart-frame.tsx';

// The plot's own coordinates; the SVG scales to its card, so a phone never scrolls sideways.
const WIDTH = 640;
const HEIGHT = 320;
const PAD = { left: 44, right: 16, top: 16, bottom: 40 };

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
  const { t, fmt, region } = useI18n();
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
      {points.drawn.length > 0 ? (
        <svg
          className="outcome-plot"
          viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
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
          {points.drawn.map((p) => {
            const cx = x(p.causesRemoved);
            const right = cx > WIDTH * 0.7;
            return (
              <g key={p.region} className="outcome-plot__point" data-region={p.region} aria-label={label(p)}>
                <title>{label(p)}</title>
                <circle cx={cx} cy={y(p.change ?? 0)} r={6} />
                <text
                  x={right ? cx - 9 : cx + 9}
                  y={y(p.change ?? 0) + 4}
                  textAnchor={right ? 'end' : 'start'}
                >
                  {region(p.region)}
                </text>
              </g>
            );
          })}
        </svg>
      ) : null}
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
