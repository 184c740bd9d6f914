import { REFUSED } from '../identity/policy.ts';
import type { ReportLanguage } from './labels.ts';

/** Why the report route refused, as a code the reader's language words. */
export type ReportRefusal =
  | 'periodRequired'
  | 'periodFormat'
  | 'unit'
  | 'lang'
  | 'asOf'
  | 'badQuery'
  | 'signIn'
  | 'onlyReportReaders'
  | 'ownRegionOnly'
  | 'notRunning';

const WORDS: Record<ReportLanguage, Record<ReportRefusal, string>> = {
  ru: {
    periodRequired: 'укажите период: год (2026), треть (2026-T2), квартал (2026-Q2) или месяц (2026-03)',
    periodFormat: 'период — это год (2026), треть (2026-T2), квартал (2026-Q2) или месяц (2026-03)',
    unit: 'укажите KZ (вся страна) или код региона, например KZ-15',
    lang: 'язык отчёта — ru, kk или en',
    asOf: 'укажите день (2026-03-31) или момент в формате ISO 8601',
    badQuery: 'значение не подходит для отчёта',
    signIn: 'войдите, чтобы получить отчёт',
    onlyReportReaders:
      'отчёт к заседанию получают председатель, его заместители, аналитики и региональные сотрудники',
    ownRegionOnly: 'региональный сотрудник получает отчёт только своего региона, не {unit}',
    notRunning: 'данные для отчёта ещё готовятся: попробуйте через минуту',
  },
  kk: {
    periodRequired:
      'кезеңді көрсетіңіз: жыл (2026), үштен бір (2026-T2), тоқсан (2026-Q2) немесе ай (2026-03)',
    periodFormat: 'кезең — жыл (2026), үштен бір (2026-T2), тоқсан (2026-Q2) немесе ай (2026-03)',
    unit: 'KZ (бүкіл ел) немесе өңір кодын көрсетіңіз, мысалы KZ-15',
    lang: 'есеп тілі — ru, kk немесе en',
    asOf: 'күнді (2026-03-31) немесе ISO 8601 пішіміндегі сәтті көрсетіңіз',
    badQuery: 'мән есепке сәйкес келмейді',
    signIn: 'есепті алу үшін жүйеге кіріңіз',
    onlyReportReaders:
      'отырысқа арналған есепті төраға, оның орынбасарлары, талдаушылар және өңірлік қызметкерлер алады',
    ownRegionOnly: 'өңірлік қызметкер тек өз өңірінің есебін алады, {unit} емес',
    notRunning: 'есеп деректері әлі дайындалуда: бір минуттан кейін қайталаңыз',
  },
  en: {
    periodRequired: 'is required: a year (2026), a third (2026-T2), a quarter (2026-Q2) or a month (2026-03)',
    periodFormat: 'must be a year (2026), a third (2026-T2), a quarter (2026-Q2) or a month (2026-03)',
    unit: 'must be KZ (the country) or a region code such as KZ-15',
    lang: 'must be one of ru, kk, en',
    asOf: 'must be a day (2026-03-31) or an ISO 8601 instant',
    badQuery: 'does not fit the report',
    signIn: 'sign in to read reports',
    onlyReportReaders: REFUSED.onlyReportReaders,
    ownRegionOnly: REFUSED.officerReportsOwnRegion('{unit}'),
    notRunning: 'the read models are not running yet: try again in a minute',
  },
};

/** A refusal's body: its code (for a client's own words) and the message in the reader's language. */
export const reportRefusal = (
  refusal: ReportRefusal,
  lang: ReportLanguage,
  parameter?: string,
  unit = '',
): { code: ReportRefusal; message: string; parameter?: string } => {
  const words = WORDS[lang][refusal].replace('{unit}', unit);
  return parameter
    ? { code: refusal, parameter, message: `${parameter}: ${words}` }
    : { code: refusal, message: words };
};
