import { useI18n } from '@/lib/i18n/i18n.tsx';
import type { DrawnSeries } from '../model/series-encoding.ts';

/**
 * The legend as text in the page's text colour, each entry with its colour swatch: a yellow or
 * light-blue label on white cannot be read. Pointing at an entry (or focusing it) highlights its
 * series and greys the rest. Greyed "others" share one entry.
 */
export const SeriesLegend = ({
  series,
  others,
  othersLabel,
  onActive,
  sideOf,
}: {
  series: readonly DrawnSeries[];
  /** How many series are greyed without an entry of their own. */
  others: number;
  othersLabel: string;
  onActive: (key: string | null) => void;
  /** With two value axes, which one a series is read against: said after its name. */
  sideOf?: ((key: string) => 'left' | 'right' | null) | undefined;
}) => {
  const { t } = useI18n();
  const named = series.filter((s) => !s.muted);
  const greyed = series.filter((s) => s.muted);
  if (named.length + greyed.length < 2) return null;
  return (
    <ul className="series-legend" aria-label={t('charts.legend')} onMouseLeave={() => onActive(null)}>
      {named.map((s) => (
        <li key={s.key} data-legend-colour={s.colour} data-legend-label={s.label}>
          <button
            type="button"
            className="series-legend__item"
            onMouseEnter={() => onActive(s.key)}
            onFocus={() => onActive(s.key)}
            onBlur={() => onActive(null)}
          >
            <span className="series-legend__swatch" style={{ background: s.colour }} aria-hidden="true" />
            {s.label}
            {sideOf?.(s.key) ? (
              <span className="series-legend__axis">
                ({t(sideOf(s.key) === 'left' ? 'charts.axis.left' : 'charts.axis.right')})
              </span>
            ) : null}
          </button>
        </li>
      ))}
      {greyed.length > 0 ? (
        <li data-legend-colour={greyed[0]!.colour} data-legend-label={`${othersLabel} (${others})`}>
          <span className="series-legend__item">
            <span
              className="series-legend__swatch"
              style={{ background: greyed[0]!.colour }}
              aria-hidden="true"
            />
            {`${othersLabel} (${greyed.length})`}
          </span>
        </li>
      ) : null}
    </ul>
  );
};
