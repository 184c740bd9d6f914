import { DEMO } from './session.ts';

/**
 * Latin words a ru or kk reader is meant to see, and why. Anything else in Latin letters is an
 * English leak: the pages read in Chromium and the literals of the built bundle are held to it.
 */
export const ALLOWED_WORDS = new Set([
  // File formats and the spreadsheet program, which ru and kk write in Latin letters.
  'CSV',
  'PDF',
  'XLSX',
  'PNG',
  'SVG',
  'Excel',
  // Codes: the country (KZ) and the territorial classifier (KATO).
  'KZ',
  'KATO',
  // The methodology's own word for its indicators, written so in its ru and kk texts.
  'KPI',
  // A standard's name (ISO 3166-2:KZ, the region codes' standard).
  'ISO',
  // The language switcher names each language in that language: English is "English" to its reader.
  'English',
  'ENG',
  // Accounts' logins are names people chose, not interface text.
  ...Object.values(DEMO),
]);

/** The Latin words of a text that are neither an identifier (login, e-mail, URL, code) nor allowed. */
export const englishWords = (text: string): string[] =>
  text
    .split(/[\s,;:()«»"“”!?]+/)
    // A login (officer.aktobe, demo-officer-kz-23), an e-mail, an address or a code carries a
    // dot, @, slash, hyphen, underscore or digit: it names a thing, it does not speak.
    .filter((token) => !/[.@/_\d-]/.test(token))
    // A key in camelCase (causesRemoved) is a value a file must carry, quoted in a hint.
    .filter((token) => !/^[a-z]+[A-Z]/.test(token))
    .flatMap((token) => token.match(/[A-Za-z]{2,}/g) ?? [])
    .filter((word) => !ALLOWED_WORDS.has(word));
