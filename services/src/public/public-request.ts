import { almatyDate, REVIEW_PERIOD_PATTERN } from '@kpi/schema';
import { isReportLanguage, REPORT_LANGUAGES, type ReportLanguage } from '../reports/labels.ts';

export interface PublicRequest {
  /** A year (`2026`), third, quarter or month; by default the year of the published instant. */
  readonly period: string;
  readonly lang: ReportLanguage;
}

/** Why a request was refused: a code the page translates, the parameter, and the English message. */
export interface PublicRefusal {
  readonly code: 'PERIOD_FORMAT' | 'PERIOD_AFTER_PUBLISHED' | 'LANGUAGE';
  readonly parameter: 'period' | 'lang';
  readonly message: string;
}

export type ParsedPublicRequest =
  | { readonly ok: true; readonly request: PublicRequest }
  | { readonly ok: false; readonly refusal: PublicRefusal; readonly lang: ReportLanguage };

/** Reads `period` and `lang` from the query string, naming the first bad one. */
export const parsePublicRequest = (
  query: Readonly<Record<string, unknown>>,
  published: Date,
): ParsedPublicRequest => {
  const { period = almatyDate(published).slice(0, 4), lang = 'ru' } = query;
  if (!isReportLanguage(lang)) {
    return {
      ok: false,
      lang: 'ru',
      refusal: {
        code: 'LANGUAGE',
        parameter: 'lang',
        message: `must be one of ${REPORT_LANGUAGES.join(', ')}`,
      },
    };
  }
  if (typeof period !== 'string' || !REVIEW_PERIOD_PATTERN.test(period)) {
    return {
      ok: false,
      lang,
      refusal: {
        code: 'PERIOD_FORMAT',
        parameter: 'period',
        message: 'must be a year (2026), a third (2026-T2), a quarter (2026-Q2) or a month (2026-03)',
      },
    };
  }
  return { ok: true, request: { period, lang } };
};

/**
 * The periods the page offers: this year's quarters that have begun by the published day, then
 * the year itself and the two before it (older ones stay reachable by the address).
 */
export const offeredPeriods = (published: Date): readonly string[] => {
  const day = almatyDate(published);
  const year = Number(day.slice(0, 4));
  const quarter = Math.ceil(Number(day.slice(5, 7)) / 3);
  const quarters = Array.from({ length: quarter }, (_, k) => `${year}-Q${quarter - k}`);
  return [String(year), ...quarters, String(year - 1), String(year - 2)];
};
