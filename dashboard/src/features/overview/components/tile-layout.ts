import type { Lang } from '@/lib/i18n/lang.ts';

/**
 * One tile per region, placed roughly as on the map of Kazakhstan (west to east, north to south).
 * No boundary dataset with the 2022 regions (Abai, Jetisu, Ulytau) is published on the npm
 * registry under an open licence, so the map is a tile map: equal areas, which also keeps small
 * regions and the three cities as visible as the large oblasts.
 */
export interface Tile {
  readonly code: string;
  readonly col: number;
  readonly row: number;
  readonly short: { readonly ru: string; readonly kk: string; readonly en: string };
}

const tile = (code: string, col: number, row: number, ru: string, kk: string, en: string): Tile => ({
  code,
  col,
  row,
  short: { ru, kk, en },
});

export const TILES: readonly Tile[] = [
  tile('KZ-27', 0, 0, 'ЗКО', 'БҚО', 'W. Kazakhstan'),
  tile('KZ-39', 2, 0, 'Костанай', 'Қостанай', 'Kostanay'),
  tile('KZ-59', 3, 0, 'СКО', 'СҚО', 'N. Kazakhstan'),
  tile('KZ-55', 4, 0, 'Павлодар', 'Павлодар', 'Pavlodar'),
  tile('KZ-23', 0, 1, 'Атырау', 'Атырау', 'Atyrau'),
  tile('KZ-15', 1, 1, 'Актобе', 'Ақтөбе', 'Aktobe'),
  tile('KZ-62', 2, 1, 'Ұлытау', 'Ұлытау', 'Ulytau'),
  tile('KZ-11', 3, 1, 'Акмола', 'Ақмола', 'Akmola'),
  tile('KZ-71', 4, 1, 'Астана', 'Астана', 'Astana'),
  tile('KZ-10', 5, 1, 'Абай', 'Абай', 'Abai'),
  tile('KZ-63', 6, 1, 'ВКО', 'ШҚО', 'E. Kazakhstan'),
  tile('KZ-47', 0, 2, 'Мангистау', 'Маңғыстау', 'Mangystau'),
  tile('KZ-43', 1, 2, 'Кызылорда', 'Қызылорда', 'Kyzylorda'),
  tile('KZ-35', 3, 2, 'Караганда', 'Қарағанды', 'Karaganda'),
  tile('KZ-33', 5, 2, 'Жетісу', 'Жетісу', 'Jetisu'),
  tile('KZ-61', 2, 3, 'Туркестан', 'Түркістан', 'Turkistan'),
  tile('KZ-79', 3, 3, 'Шымкент', 'Шымкент', 'Shymkent'),
  tile('KZ-31', 4, 3, 'Жамбыл', 'Жамбыл', 'Jambyl'),
  tile('KZ-19', 5, 3, 'Алматинская', 'Алматы обл.', 'Almaty Reg.'),
  tile('KZ-75', 6, 3, 'Алматы', 'Алматы', 'Almaty'),
];

/** A region's short name, as its tile writes it: for a plot too narrow for the full names. */
export const shortRegionName = (code: string, lang: Lang): string | undefined =>
  TILES.find((t) => t.code === code)?.short[lang];
