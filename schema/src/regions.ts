/**
 * Kazakhstan's 20 first-level units (17 oblasts, 3 cities of republican significance),
 * keyed by ISO 3166-2:KZ code. The two-digit codes equal the first digits of the KATO code;
 * the old letter codes (KZ-AKM and the like) are retired and not accepted.
 */
export interface Region {
  readonly code: RegionCode;
  readonly kato: string;
  readonly kind: 'oblast' | 'city';
  readonly name: { readonly ru: string; readonly kk: string; readonly en: string };
}

export const REGION_CODES = [
  'KZ-10',
  'KZ-11',
  'KZ-15',
  'KZ-19',
  'KZ-23',
  'KZ-27',
  'KZ-31',
  'KZ-33',
  'KZ-35',
  'KZ-39',
  'KZ-43',
  'KZ-47',
  'KZ-55',
  'KZ-59',
  'KZ-61',
  'KZ-62',
  'KZ-63',
  'KZ-71',
  'KZ-75',
  'KZ-79',
] as const;

export type RegionCode = (typeof REGION_CODES)[number];

const region = (code: RegionCode, kind: Region['kind'], ru: string, kk: string, en: string): Region => ({
  code,
  kato: code.slice(3),
  kind,
  name: { ru, kk, en },
});

export const REGIONS: readonly Region[] = [
  region('KZ-10', 'oblast', 'область Абай', 'Абай облысы', 'Abai Region'),
  region('KZ-11', 'oblast', 'Акмолинская область', 'Ақмола облысы', 'Akmola Region'),
  region('KZ-15', 'oblast', 'Актюбинская область', 'Ақтөбе облысы', 'Aktobe Region'),
  region('KZ-19', 'oblast', 'Алматинская область', 'Алматы облысы', 'Almaty Region'),
  region('KZ-23', 'oblast', 'Атырауская область', 'Атырау облысы', 'Atyrau Region'),
  region(
    'KZ-27',
    'oblast',
    'Западно-Казахстанская область',
    'Батыс Қазақстан облысы',
    'West Kazakhstan Region',
  ),
  region('KZ-31', 'oblast', 'Жамбылская область', 'Жамбыл облысы', 'Jambyl Region'),
  region('KZ-33', 'oblast', 'область Жетісу', 'Жетісу облысы', 'Jetisu Region'),
  region('KZ-35', 'oblast', 'Карагандинская область', 'Қарағанды облысы', 'Karaganda Region'),
  region('KZ-39', 'oblast', 'Костанайская область', 'Қостанай облысы', 'Kostanay Region'),
  region('KZ-43', 'oblast', 'Кызылординская область', 'Қызылорда облысы', 'Kyzylorda Region'),
  region('KZ-47', 'oblast', 'Мангистауская область', 'Маңғыстау облысы', 'Mangystau Region'),
  region('KZ-55', 'oblast', 'Павлодарская область', 'Павлодар облысы', 'Pavlodar Region'),
  region(
    'KZ-59',
    'oblast',
    'Северо-Казахстанская область',
    'Солтүстік Қазақстан облысы',
    'North Kazakhstan Region',
  ),
  region('KZ-61', 'oblast', 'Туркестанская область', 'Түркістан облысы', 'Turkistan Region'),
  region('KZ-62', 'oblast', 'область Ұлытау', 'Ұлытау облысы', 'Ulytau Region'),
  region(
    'KZ-63',
    'oblast',
    'Восточно-Казахстанская область',
    'Шығыс Қазақстан облысы',
    'East Kazakhstan Region',
  ),
  region('KZ-71', 'city', 'город Астана', 'Астана қаласы', 'Astana'),
  region('KZ-75', 'city', 'город Алматы', 'Алматы қаласы', 'Almaty'),
  region('KZ-79', 'city', 'город Шымкент', 'Шымкент қаласы', 'Shymkent'),
];

const byCode = new Map(REGIONS.map((r) => [r.code, r]));

export const isRegionCode = (value: string): value is RegionCode => byCode.has(value as RegionCode);

export const regionByCode = (code: RegionCode): Region => byCode.get(code)!;
