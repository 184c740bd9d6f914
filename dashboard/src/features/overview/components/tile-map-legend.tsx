import { SEQUENTIAL } from '@/components/palette.ts';
import type { MessageKey } from '@/lib/i18n/catalogue.ts';
import { useI18n } from '@/lib/i18n/i18n.tsx';
import { type MapColouring, TILE_STANDINGS, type TileStanding } from '../model/map-colouring.ts';

/**
 * Light tints of the status colours (green, orange, vermillion): the tile's words stay in the
 * text colour on every one, and the status is written on the tile, not only coloured.
 */
export const STANDING_TINTS: Readonly<Record<TileStanding, string>> = {
  MET: '#a6dcc8',
  AT_RISK: '#f5d58c',
  OFF_TRACK: '#f2ac8a',
  NO_STATUS: '#ffffff',
  NO_TARGET: '#f1f3f6',
};

/** The map's key: the ramp between the lowest and highest region, or one swatch per status. */
export const TileMapLegend = ({
  colouring,
  low,
  high,
  spread,
  words,
}: {
  readonly colouring: MapColouring;
  readonly low: string;
  readonly high: string;
  /** Whether the regions' values differ at all; when they do not, the tiles are left unshaded. */
  readonly spread: boolean;
  readonly words: Readonly<Record<TileStanding, MessageKey>>;
}) => {
  const { t } = useI18n();
  if (colouring === 'target') {
    return (
      <ul className="tile-map__legend tile-map__statuses" aria-label={t('map.legend')}>
        {TILE_STANDINGS.map((standing) => (
          <li key={standing}>
            <span className="tile-map__swatch" style={{ background: STANDING_TINTS[standing] }} />
            {t(words[standing])}
          </li>
        ))}
      </ul>
    );
  }
  if (!spread) {
    return (
      <p className="tile-map__legend" data-testid="map-no-spread">
        {low === '' ? t('map.noData') : t('map.allEqual', { value: low })}
      </p>
    );
  }
  return (
    <div className="tile-map__legend" aria-hidden="true">
      {colouring === 'perception' ? <span>{t('map.perceptionScale')}</span> : null}
      <span>{low}</span>
      <span className="tile-map__ramp">
        {SEQUENTIAL.map((colour) => (
          <span key={colour} style={{ background: colour }} />
        ))}
      </span>
      <span>{high}</span>
    </div>
  );
};
