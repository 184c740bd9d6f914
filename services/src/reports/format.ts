import type { LeadKpi } from '@kpi/projections';
import { ALMATY_UTC_OFFSET_MINUTES, REGIONS } from '@kpi/schema';
import type { ReportLanguage } from './labels.ts';

const LOCALE: Readonly<Record<ReportLanguage, string>> = { ru: 'ru-RU', kk: 'kk-KZ', en: 'en-GB' };
/** A decrease is written with the minus sign (U+2212) in every language, as the dashboard does. */
const MINUS = '\u2212';

const RATE_KPIS = new Set(['removalRate', 'recurrenceRate']);

export const isRate = (kpi: string): boolean => RATE_KPIS.has(kpi);

const number = (lang: ReportLanguage, value: number, digits: number): string =>
  new Intl.NumberFormat(LOCALE[lang], { maximumFractionDigits: digits, minimumFractionDigits: 0 })
    .format(Math.abs(value))
    .replace(/\u00a0|\u202f/g, ' ');

const signed = (value: number, text: string): string => (value < 0 ? `${MINUS}${text}` : text);

/** A KPI's value: a rate as a percentage, days and counts as numbers. */
export const formatValue = (lang: ReportLanguage, kpi: string, value: number | null, none = '—'): string => {
  if (value === null) return none;
  if (isRate(kpi)) return signed(value, `${number(lang, value * 100, 1)} %`);
  return signed(value, number(lang, value, 1));
};

/** A change from the previous period: a rate's in percentage points, with its sign. */
export const formatChange = (lang: ReportLanguage, entry: LeadKpi, points: string): string => {
  if (entry.change === null) return '—';
  const size = isRate(entry.kpi)
    ? `${number(lang, entry.change * 100, 1)} ${points}`
    : number(lang, entry.change, 1);
  return entry.change > 0 ? `+${size}` : signed(entry.change, size);
};

/** A calendar day as the dashboard writes it: DD.MM.YYYY in Russian and Kazakh, MM/DD/YYYY in English. */
export const formatDay = (lang: ReportLanguage, day: string): string => {
  const [y, m, d] = day.split('-');
  return lang === 'en' ? `${m}/${d}/${y}` : `${d}.${m}.${y}`;
};

/** An instant as the Almaty day and time it was. */
export const formatInstant = (lang: ReportLanguage, iso: string): string => {
  const almaty = new Date(Date.parse(iso) + ALMATY_UTC_OFFSET_MINUTES * 60_000).toISOString();
  return `${formatDay(lang, almaty.slice(0, 10))} ${almaty.slice(11, 16)}`;
};

const REGION_NAMES = new Map(REGIONS.map((r) => [r.code as string, r.name]));

export const regionName = (lang: ReportLanguage, code: string, country: string): string =>
  REGION_NAMES.get(code)?.[lang] ?? (code === 'KZ' ? country : code);
