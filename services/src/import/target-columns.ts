import { COUNTRY_UNIT, type Label, REGIONS, SEEDED_CENTRAL_BODIES, TARGET_KPIS } from '@kpi/schema';
import { type Column, col, dateColumnIn3 } from './column.ts';

const UNITS: Readonly<Record<string, Label>> = Object.fromEntries([
  [
    COUNTRY_UNIT,
    { ru: 'Казахстан (вся страна)', kk: 'Қазақстан (бүкіл ел)', en: 'Kazakhstan (whole country)' },
  ],
  ...REGIONS.map((r) => [r.code, r.name]),
  // The seeded bodies by name too; a body added since is written by its code, which passes as it
  // is and is checked against the catalogue when the row is decided.
  ...SEEDED_CENTRAL_BODIES.map((b) => [b.code, b.name]),
]);

/** KPIs are named by their machine names in every language: the names docs/kpi.md defines. */
const KPIS: Readonly<Record<string, Label>> = Object.fromEntries(
  TARGET_KPIS.map((kpi) => [kpi, { ru: kpi, kk: kpi, en: kpi }]),
);

const DIRECTIONS: Readonly<Record<string, Label>> = {
  AT_LEAST: { ru: 'не меньше', kk: 'кем емес', en: 'at least' },
  AT_MOST: { ru: 'не больше', kk: 'артық емес', en: 'at most' },
};

/** A year's targets (the year and its quarters) for the country, the regions and central bodies, set by the chair. */
export const TARGET_COLUMNS: readonly Column[] = [
  col(
    'kpi',
    'Показатель',
    'enum',
    true,
    {
      ru: 'имя KPI, например causesRemoved',
      kk: 'KPI атауы, мысалы causesRemoved',
      en: 'KPI name, such as causesRemoved',
    },
    KPIS,
  ),
  col(
    'unit',
    'Регион или страна',
    'enum',
    true,
    {
      ru: 'KZ — вся страна, код региона или код центрального госоргана (MIN-HEALTH)',
      kk: 'KZ — бүкіл ел, өңір коды немесе орталық мемлекеттік орган коды (MIN-HEALTH)',
      en: "KZ for the country, a region's code or a central state body's code (MIN-HEALTH)",
    },
    UNITS,
  ),
  col('period', 'Период', 'text', true, {
    ru: 'год (2026) или квартал (2026-Q2)',
    kk: 'жыл (2026) немесе тоқсан (2026-Q2)',
    en: 'a year (2026) or a quarter (2026-Q2)',
  }),
  col('value', 'Целевое значение', 'number', true, {
    ru: 'для долей — от 0 до 1; для количеств и дней — не меньше 0',
    kk: 'үлестер үшін — 0-ден 1-ге дейін; сандар мен күндер үшін — кемінде 0',
    en: 'for rates a fraction 0 to 1; for counts and days 0 or more',
  }),
  col(
    'direction',
    'Направление',
    'enum',
    true,
    {
      ru: 'не меньше (AT_LEAST) или не больше (AT_MOST)',
      kk: 'кем емес (AT_LEAST) немесе артық емес (AT_MOST)',
      en: 'at least (AT_LEAST) or at most (AT_MOST)',
    },
    DIRECTIONS,
  ),
  dateColumnIn3('Дата установки'),
];
