import { describe, expect, it } from 'vitest';
import { en, kk, ru } from './messages.ts';

/** Latin words a Russian or Kazakh reader meets as they are: file formats, product names, languages. */
const ALLOWED = new Set([
  'English',
  'API',
  'Excel',
  'CSV',
  'csv',
  'xlsx',
  'XLSX',
  'PNG',
  'PDF',
  'SVG',
  'KPI',
  'ISO',
  'KZ',
  'UUID',
]);

/** Codes a spreadsheet cell must hold exactly (the chair's targets, a central body's): shown so they can be typed. */
const IMPORT_CODES = /\b(AT_LEAST|AT_MOST|causesRemoved|MIN-HEALTH)\b/g;

/** The Latin words of each message, placeholders (`{count}`) aside: an English leak shows here. */
const latinWords = (catalogue: Record<string, string>) =>
  Object.entries(catalogue).flatMap(([key, text]) =>
    (
      text
        .replace(/\{\w+\}/g, '')
        .replace(IMPORT_CODES, '')
        .match(/[A-Za-z]{2,}/g) ?? []
    )
      .filter((word) => !ALLOWED.has(word))
      .map((word) => `${key}: ${word}`),
  );

describe('the Russian and Kazakh catalogues the dashboard ships', () => {
  it('hold no English words (placeholders, file formats and product names aside)', () => {
    expect(latinWords(ru)).toEqual([]);
    expect(latinWords(kk)).toEqual([]);
  });

  it('never carry an English sentence over as it is', () => {
    const same = Object.keys(ru).filter(
      (key) =>
        /[A-Za-z]{4,}\s+[A-Za-z]{4,}/.test(en[key as keyof typeof en]) &&
        kk[key as keyof typeof kk] === en[key as keyof typeof en],
    );
    expect(same).toEqual([]);
  });
});
