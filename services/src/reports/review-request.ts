import { COUNTRY_AND_REGIONS, REVIEW_PERIOD_PATTERN } from '@kpi/schema';
import { isReportLanguage, type ReportLanguage } from './labels.ts';
import type { ReportRefusal } from './report-refusals.ts';

export interface ReviewRequest {
  readonly period: string;
  readonly unit: string;
  /** An ISO instant, or null for everything known. */
  readonly asOf: string | null;
  readonly lang: ReportLanguage;
}

export type ParsedRequest =
  | { readonly ok: true; readonly request: ReviewRequest }
  | { readonly ok: false; readonly parameter: string; readonly refusal: ReportRefusal };

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * "As known on" a day means at its last instant in Almaty (UTC+5): a report as known on
 * 2026-03-31 holds everything recorded that day, and nothing recorded later.
 */
const asOfInstant = (value: string): string | null => {
  const text = DAY.test(value) ? `${value}T23:59:59.999+05:00` : value;
  const ms = Date.parse(text);
  if (
    Number.isNaN(ms) ||
    (DAY.test(value) && new Date(`${value}T00:00:00Z`).toISOString().slice(0, 10) !== value)
  ) {
    return null;
  }
  return new Date(ms).toISOString();
};

/**
 * Reads the report's query parameters, naming the first bad one. `unit` defaults to the
 * country (`defaultUnit`: an officer's own region), `lang` to Russian, `asOf` to now.
 */
export const parseReviewRequest = (
  query: Readonly<Record<string, unknown>>,
  defaultUnit: string,
): ParsedRequest => {
  const bad = (parameter: string, refusal: ReportRefusal): ParsedRequest => ({
    ok: false,
    parameter,
    refusal,
  });
  const { period, unit = defaultUnit, asOf, lang = 'ru' } = query;
  if (typeof period !== 'string' || period === '') return bad('period', 'periodRequired');
  if (!REVIEW_PERIOD_PATTERN.test(period)) return bad('period', 'periodFormat');
  if (typeof unit !== 'string' || !(COUNTRY_AND_REGIONS as readonly string[]).includes(unit)) {
    return bad('unit', 'unit');
  }
  if (!isReportLanguage(lang)) return bad('lang', 'lang');
  let instant: string | null = null;
  if (asOf !== undefined && asOf !== '') {
    instant = typeof asOf === 'string' ? asOfInstant(asOf) : null;
    if (instant === null) return bad('asOf', 'asOf');
  }
  return { ok: true, request: { period, unit, asOf: instant, lang } };
};
