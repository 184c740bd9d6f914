import { SEQUENTIAL } from '@/components/palette.ts';
import { useI18n } from '@/lib/i18n/i18n.tsx';
import { MAP_MEASURES, type MapMeasure } from '../model/filters.ts';
import { formatKpi } from '../model/format-kpi.ts';
import { metaOf } from '../model/kpi-meta.ts';
import type { RegionRow } from '../model/kpi-view.ts';
import { TILES } from './tile-layout.ts';
import { useFlash } from './use-flash.ts';

interface RegionTileMapProps {
  readonly rows: readonly RegionRow[];
  readonly measure: MapMeasure;
  readonly selected: string | null;
  readonly onMeasure: (measure: MapMeasure) => void;
  readonly onOpen: (region: string) => void;
  readonly changedAt?: number | null;
}

/** Which of six classes a value falls in, between the lowest and highest region. */
export const classOf = (value: number, min: number, max: number): number =>
  max === min
    ? 3
    : Math.min(SEQUENTIAL.length - 1, Math.floor(((value - min) / (max - min)) * SEQUENTIAL.length));

export const RegionTileMap = ({
  rows,
  measure,
  selected,
  onMeasure,
  onOpen,
  changedAt = null,
}: RegionTileMapProps) => {
  const { t, fmt, lang, region } = useI18n();
  const flash = useFlash(changedAt);
  const meta = metaOf(measure);
  const byRegion = new Map(rows.map((r) => [r.region, r.values[measure] ?? null]));
  const values = [...byRegion.values()].filter((v): v is number => v !== null);
  const min = values.length ? Math.min(...values) : 0;
  const max = values.length ? Math.max(...values) : 0;
  const show = (v: number | null) => formatKpi(fmt, meta.shape, v, t('map.noData'));
  return (
    <section className={`card tile-map${flash ? ' is-flashing' : ''}`} aria-labelledby="tile-map-title">
      <header className="chart-card__header">
        <h2 id="tile-map-title">{t('map.title')}</h2>
        <label className="tile-map__measure">
          <span className="field__label">{t('map.measure')}</span>
          <select value={measure} onChange={(e) => onMeasure(e.target.value as MapMeasure)}>
            {MAP_MEASURES.map((m) => (
              <option key={m} value={m}>
                {t(metaOf(m).label)}
              </option>
            ))}
          </select>
        </label>
      </header>
      <ul className="tile-map__grid">
        {TILES.map((tile) => {
          const value = byRegion.get(tile.code) ?? null;
          const level = value === null ? null : classOf(value, min, max);
          return (
            <li key={tile.code} style={{ gridColumn: tile.col + 1, gridRow: tile.row + 1 }}>
              <button
                type="button"
                className={`tile${selected === tile.code ? ' tile--selected' : ''}${level !== null && level >= 3 ? ' tile--dark' : ''}`}
                style={{ background: level === null ? undefined : SEQUENTIAL[level] }}
                onClick={() => onOpen(tile.code)}
                aria-label={t('map.tile', { region: region(tile.code), value: show(value) })}
                title={t('map.tile', { region: region(tile.code), value: show(value) })}
                data-region={tile.code}
              >
                <span className="tile__name">{tile.short[lang]}</span>
                <span className="tile__value">{show(value)}</span>
              </button>
            </li>
          );
        })}
      </ul>
      <div className="tile-map__legend" aria-hidden="true">
        <span>{values.length ? show(min) : ''}</span>
        <span className="tile-map__ramp">
          {SEQUENTIAL.map((colour) => (
            <span key={colour} style={{ background: colour }} />
          ))}
        </span>
        <span>{values.length ? show(max) : ''}</span>
      </div>
    </section>
  );
};
