import { REPORT_LABELS, type ReportLanguage } from '../reports/labels.ts';

/**
 * The public page's words in the three languages. The KPI names and the country's name are the
 * review report's (which are the dashboard's), so a citizen and the chair read the same names.
 */
export interface PublicLabels {
  readonly title: string;
  readonly lead: (day: string, delayDays: number) => string;
  readonly period: string;
  readonly language: string;
  readonly show: string;
  readonly country: string;
  readonly regions: string;
  readonly region: string;
  readonly openData: string;
  readonly openDataLead: string;
  readonly csv: string;
  readonly json: string;
  readonly schema: string;
  readonly licence: (licence: string) => string;
  readonly signIn: string;
  readonly year: (year: string) => string;
  readonly quarter: (year: string, quarter: string) => string;
  readonly refused: string;
  readonly periodFormat: string;
  readonly periodAfter: (day: string) => string;
  readonly languageChoice: string;
  /** Shown while the read models catch up after a start (503). */
  readonly preparing: string;
  readonly kpis: Readonly<Record<string, string>>;
}

export const PUBLIC_LABELS: Readonly<Record<ReportLanguage, PublicLabels>> = {
  ru: {
    title: 'Противодействие коррупции: открытые показатели',
    lead: (day, delay) =>
      `Показатели страны и регионов по данным, известным на ${day}. Публикуются с задержкой ${delay} дн., без имён, организаций и отдельных записей.`,
    period: 'Период',
    language: 'Язык',
    show: 'Показать',
    country: REPORT_LABELS.ru.country,
    regions: 'Регионы',
    region: REPORT_LABELS.ru.region,
    openData: 'Открытые данные',
    openDataLead: 'Те же показатели для загрузки; поля описаны схемой.',
    csv: 'Скачать CSV',
    json: 'Скачать JSON',
    schema: 'Схема данных (JSON Schema)',
    licence: (licence) => `Лицензия: ${licence}`,
    signIn: 'Вход для сотрудников',
    year: (year) => `${year} год`,
    quarter: (year, quarter) => `${quarter} квартал ${year}`,
    refused: 'Запрос не выполнен',
    periodFormat:
      'Период указывается как год (2026), треть (2026-T2), квартал (2026-Q2) или месяц (2026-03).',
    periodAfter: (day) => `Период начинается после ${day}, последнего дня опубликованных данных.`,
    languageChoice: 'Язык указывается как ru, kk или en.',
    preparing: 'Показатели готовятся; повторите запрос через несколько секунд.',
    kpis: REPORT_LABELS.ru.kpis,
  },
  kk: {
    title: 'Сыбайлас жемқорлыққа қарсы іс-қимыл: ашық көрсеткіштер',
    lead: (day, delay) =>
      `Ел мен өңірлердің ${day} күнгі белгілі деректер бойынша көрсеткіштері. ${delay} күн кешігумен, есімдерсіз, ұйымдарсыз және жеке жазбаларсыз жарияланады.`,
    period: 'Кезең',
    language: 'Тіл',
    show: 'Көрсету',
    country: REPORT_LABELS.kk.country,
    regions: 'Өңірлер',
    region: REPORT_LABELS.kk.region,
    openData: 'Ашық деректер',
    openDataLead: 'Сол көрсеткіштер жүктеу үшін; өрістер сызбада сипатталған.',
    csv: 'CSV жүктеу',
    json: 'JSON жүктеу',
    schema: 'Деректер сызбасы (JSON Schema)',
    licence: (licence) => `Лицензия: ${licence}`,
    signIn: 'Қызметкерлерге кіру',
    year: (year) => `${year} жыл`,
    quarter: (year, quarter) => `${year} жылғы ${quarter} тоқсан`,
    refused: 'Сұрау орындалмады',
    periodFormat:
      'Кезең жыл (2026), үштен бір (2026-T2), тоқсан (2026-Q2) немесе ай (2026-03) ретінде көрсетіледі.',
    periodAfter: (day) => `Кезең жарияланған деректердің соңғы күні ${day} күнінен кейін басталады.`,
    languageChoice: 'Тіл ru, kk немесе en ретінде көрсетіледі.',
    preparing: 'Көрсеткіштер дайындалуда; бірнеше секундтан кейін қайталаңыз.',
    kpis: REPORT_LABELS.kk.kpis,
  },
  en: {
    title: 'Countering corruption: open figures',
    lead: (day, delay) =>
      `Figures of the country and its regions as known on ${day}. Published ${delay} days behind, with no names, organizations or individual records.`,
    period: 'Period',
    language: 'Language',
    show: 'Show',
    country: REPORT_LABELS.en.country,
    regions: 'Regions',
    region: REPORT_LABELS.en.region,
    openData: 'Open data',
    openDataLead: 'The same figures to download; a schema describes every field.',
    csv: 'Download CSV',
    json: 'Download JSON',
    schema: 'Data schema (JSON Schema)',
    licence: (licence) => `Licence: ${licence}`,
    signIn: 'Staff sign-in',
    year: (year) => year,
    quarter: (year, quarter) => `Q${quarter} ${year}`,
    refused: 'The request was refused',
    periodFormat: 'A period is a year (2026), a third (2026-T2), a quarter (2026-Q2) or a month (2026-03).',
    periodAfter: (day) => `The period starts after ${day}, the last day the published figures cover.`,
    languageChoice: 'The language is one of ru, kk or en.',
    preparing: 'The figures are being prepared; try again in a few seconds.',
    kpis: REPORT_LABELS.en.kpis,
  },
};
