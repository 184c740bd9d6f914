import { useState } from 'react';
import { SEQUENTIAL } from '@/components/palette.ts';
import { useI18n } from '@/lib/i18n/i18n.tsx';
import { MAP_MEASURES, type MapMeasure } from '../model/filters.ts';
import { formatKpi } from '../model/format-kpi.ts';
import { metaOf } from '../model/kpi-meta.ts';
import type { RegionRow } from '../model/kpi-view.ts';
import {
  MAP_COLOURINGS,
  type MapColouring,
  perceptionByRegion,
  shadeOf,
  standingByRegion,
  type TileStanding,
} from '../model/map-colouring.ts';
import type { RegionPerception } from '../model/perception.ts';
import type { OverviewTarget } from '../model/targets.ts';
import { TILES } from './tile-layout.ts';
import { STANDING_TINTS, TileMapLegend } from './tile-map-legend.tsx';
import { useFlash } from './use-flash.ts';

interface RegionTileMapProps {
  readonly rows: readonly RegionRow[];
  readonly measure: MapMeasure;
  readonly selected: string | null;
  readonly onMeasure: (measure: MapMeasure) => void;
  readonly onOpen: (region: string) => void;
  readonly changedAt?: number | null;
  /** The targets in force, for the colouring by status, judged on the period's last day. */
  readonly targets?: readonly OverviewTarget[] | undefined;
  readonly periodEnd: string;
  /** The citizens' latest surveys in the period, for the colouring by perception. */
  readonly perception?: readonly RegionPerception[] | undefined;
}

const STANDING_WORD = {
  MET: 'target.status.MET',
  AT_RISK: 'target.status.AT_RISK',
  OFF_TRACK: 'target.status.OFF_TRACK',
  NO_STATUS: 'target.status.none',
  NO_TARGET: 'map.noTarget',
} as const satisfies Record<TileStanding, string>;

export const RegionTileMap = ({
  rows,
  measure,
  selected,
  onMeasure,
  onOpen,
  changedAt = null,
  targets,
  periodEnd,
  perception,
}: RegionTileMapProps) => {
  const { t, fmt, lang, region } = useI18n();
  const flash = useFlash(changedAt);
  const [colouring, setColouring] = useState<MapColouring>('value');
  const meta = metaOf(measure);
  const byRegion =
    colouring === 'perception'
      ? perceptionByRegion(perception ?? [])
      : new Map(rows.map((r) => [r.region, r.values[measure] ?? null]));
  const values = [...byRegion.values()].filter((v): v is number => v !== null);
  const min = values.length ? Math.min(...values) : 0;
  const max = values.length ? Math.max(...values) : 0;
  const standings =
    colouring === 'target'
      ? standingByRegion(
          targets ?? [],
          measure,
          TILES.map((tile) => tile.code),
          periodEnd,
        )
      : null;
  const show = (v: number | null) =>
    colouring === 'perception'
      ? v === null
        ? t('perception.none')
        : fmt.decimal(v)
      : formatKpi(fmt, meta.shape, v, t('map.noData'));
  const tileText = (code: string) => {
    const value = show(byRegion.get(code) ?? null);
    return standings ? `${value} · ${t(STANDING_WORD[standings[code]!])}` : value;
  };
  return (
    <section className={`card tile-map${flash ? ' is-flashing' : ''}`} aria-labelledby="tile-map-title">
      <header className="chart-card__header">
        <h2 id="tile-map-title">{t('map.title')}</h2>
        <div className="tile-map__controls">
          <label className="tile-map__measure">
            <span className="field__label">{t('map.measure')}</span>
            {/* The perception index is no KPI's: the KPI waits until the map is coloured by one again. */}
            <select
              value={measure}
              disabled={colouring === 'perception'}
              onChange={(e) => onMeasure(e.target.value as MapMeasure)}
            >
              {MAP_MEASURES.map((m) => (
                <option key={m} value={m}>
                  {t(metaOf(m).label)}
                </option>
              ))}
            </select>
          </label>
          <label className="tile-map__measure">
            <span className="field__label">{t('map.colouring')}</span>
            <select value={colouring} onChange={(e) => setColouring(e.target.value as MapColouring)}>
              {MAP_COLOURINGS.map((c) => (
                <option key={c} value={c}>
                  {t(`map.colouring.${c}`)}
                </option>
              ))}
            </select>
          </label>
        </div>
      </header>
      <ul className="tile-map__grid">
        {TILES.map((tile) => {
          const value = byRegion.get(tile.code) ?? null;
          const standing = standings?.[tile.code] ?? null;
          const level = standings || value === null ? null : shadeOf(value, min, max, SEQUENTIAL.length);
          const background = standing
            ? STANDING_TINTS[standing]
            : level === null
              ? undefined
              : SEQUENTIAL[level];
          return (
            <li key={tile.code} style={{ gridColumn: tile.col + 1, gridRow: tile.row + 1 }}>
              <button
                type="button"
                className={`tile${selected === tile.code ? ' tile--selected' : ''}${level !== null && level >= 3 ? ' tile--dark' : ''}`}
                style={{ background }}
                onClick={() => onOpen(tile.code)}
                aria-label={t('map.tile', { region: region(tile.code), value: tileText(tile.code) })}
                title={t('map.tile', { region: region(tile.code), value: tileText(tile.code) })}
                data-region={tile.code}
                data-standing={standing ?? undefined}
              >
                <span className="tile__name">{tile.short[lang]}</span>
                <span className="tile__value">{show(value)}</span>
                {standing ? <span className="tile__status">{t(STANDING_WORD[standing])}</span> : null}
              </button>
            </li>
          );
        })}
      </ul>
      <TileMapLegend
        colouring={colouring}
        low={values.length ? show(min) : ''}
        high={values.length ? show(max) : ''}
        spread={min !== max}
        words={STANDING_WORD}
      />
    </section>
  );
};
