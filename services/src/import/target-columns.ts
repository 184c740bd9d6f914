import { COUNTRY_UNIT, type Label, REGIONS, TARGET_KPIS } from '@kpi/schema';
import { type Column, col, dateColumnIn3 } from './column.ts';

const UNITS: Readonly<Record<string, Label>> = Object.fromEntries([
  [
    COUNTRY_UNIT,
    { ru: 'Казахстан (вся страна)', kk: 'Қазақстан (бүкіл ел)', en: 'Kazakhstan (whole country)' },
  ],
  ...REGIONS.map((r) => [r.code, r.name]),
]);

/** KPIs are named by their machine names in every language: the names docs/kpi.md defines. */
const KPIS: Readonly<Record<string, Label>> = Object.fromEntries(
  TARGET_KPIS.map((kpi) => [kpi, { ru: kpi, kk: kpi, en: kpi }]),
);

const DIRECTIONS: Readonly<Record<string, Label>> = {
  AT_LEAST: { ru: 'не меньше', kk: 'кем емес', en: 'at least' },
  AT_MOST: { ru: 'не больше', kk: 'артық емес', en: 'at most' },
};

/** A year's targets (the year and its quarters) for the country and the regions, set by the chair. */
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
      ru: 'KZ — вся страна, или код региона',
      kk: 'KZ — бүкіл ел, немесе өңір коды',
      en: 'KZ for the country, or a region code',
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
