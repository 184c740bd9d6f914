import {
  type Label,
  POPULATION_GROUP_LABELS,
  REGIONS,
  SEEDED_CENTRAL_BODIES,
  SURVEY_METHOD_LABELS,
  type SurveyUnit,
} from '@kpi/schema';
import { type Column, col, dateColumnIn3, districtColumn, districtNameColumn } from './column.ts';

const REGION_UNITS: Readonly<Record<string, Label>> = Object.fromEntries(
  REGIONS.map((r) => [r.code, r.name]),
);

const unit = col(
  'unit',
  'Регион',
  'enum',
  true,
  {
    ru: 'код ISO 3166-2:KZ (KZ-15) или название; только ваш регион',
    kk: 'ISO 3166-2:KZ коды (KZ-15) немесе атауы; тек сіздің өңіріңіз',
    en: 'ISO 3166-2:KZ code (KZ-15) or name; your own region only',
  },
  REGION_UNITS satisfies Partial<Record<SurveyUnit, Label>>,
);

/**
 * A survey wave's results, one row per unit, district and population group. A country-wide survey
 * (KZ) is not a column value: no one who imports records one.
 */
export const SURVEY_COLUMNS: readonly Column[] = [
  unit,
  districtColumn,
  districtNameColumn,
  col(
    'group',
    'Группа населения',
    'enum',
    true,
    { ru: 'кого опрашивали', kk: 'кімнен сұралды', en: 'who was asked' },
    POPULATION_GROUP_LABELS,
  ),
  col('respondents', 'Число респондентов', 'int', true, {
    ru: 'целое, не меньше 1',
    kk: 'бүтін сан, кемінде 1',
    en: 'whole number, at least 1',
  }),
  col('facedCorruptionShare', 'Доля столкнувшихся с коррупцией', 'share', true, {
    ru: 'за последние 12 месяцев: доля от 0 до 1 (0,18) или процент (18%)',
    kk: 'соңғы 12 айда: 0-ден 1-ге дейінгі үлес (0,18) немесе пайыз (18%)',
    en: 'in the last 12 months: a fraction 0 to 1 (0.18) or a percentage (18%)',
  }),
  col('perceptionIndex', 'Индекс восприятия', 'number', true, {
    ru: 'от 0 до 100, чем выше, тем чище',
    kk: '0-ден 100-ге дейін, неғұрлым жоғары болса, соғұрлым таза',
    en: '0 to 100, higher is cleaner',
  }),
  col(
    'method',
    'Метод опроса',
    'enum',
    true,
    { ru: 'как проводился опрос', kk: 'сауалнама қалай жүргізілді', en: 'how the survey was conducted' },
    SURVEY_METHOD_LABELS,
  ),
  dateColumnIn3('Окончание полевого этапа'),
];

/** A reception's unit: a region, or a central body of the seeded catalogue (by code or name). */
const receptionUnit = col(
  'unit',
  // The header of the earlier template, so its files still line up; the hint names the body.
  'Регион',
  'enum',
  true,
  {
    ru: 'ваш регион (KZ-15 или название) или ваш центральный орган (MIN-HEALTH или название)',
    kk: 'өз өңіріңіз (KZ-15 немесе атауы) немесе өз орталық органыңыз (MIN-HEALTH немесе атауы)',
    en: 'your region (KZ-15 or its name) or your central body (MIN-HEALTH or its name)',
  },
  { ...REGION_UNITS, ...Object.fromEntries(SEEDED_CENTRAL_BODIES.map((b) => [b.code, b.name])) },
);

/** Where a central body's reception was held (its district then lies there); a region's names none. */
const receptionRegion = col(
  'region',
  'Регион проведения',
  'enum',
  false,
  {
    ru: 'только для приёма центрального органа: где он проведён; пусто — общенациональный',
    kk: 'тек орталық органның қабылдауы үшін: қай жерде өткізілді; бос — жалпыұлттық',
    en: "a central body's reception only: where it was held; empty: a national one",
  },
  REGION_UNITS,
);

export const RECEPTION_COLUMNS: readonly Column[] = [
  receptionUnit,
  districtColumn,
  districtNameColumn,
  col('citizensReceived', 'Принято граждан', 'int', true, {
    ru: 'целое, не меньше 0',
    kk: 'бүтін сан, кемінде 0',
    en: 'whole number, 0 or more',
  }),
  col('issuesRaised', 'Поднято вопросов', 'int', true, {
    ru: 'целое, не меньше 0',
    kk: 'бүтін сан, кемінде 0',
    en: 'whole number, 0 or more',
  }),
  dateColumnIn3('Дата приёма'),
  // Optional, and last: rows of the earlier template still line up.
  receptionRegion,
];
