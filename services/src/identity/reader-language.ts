/** The languages a person reads the product in. */
export const READER_LANGUAGES = ['ru', 'kk', 'en'] as const;
export type ReaderLanguage = (typeof READER_LANGUAGES)[number];

export const isReaderLanguage = (value: unknown): value is ReaderLanguage =>
  typeof value === 'string' && (READER_LANGUAGES as readonly string[]).includes(value);

/**
 * The language to answer a person in, for the routes a browser opens or a page calls: the
 * request's own `lang` when it is one, else the first of the browser's languages the product
 * speaks (`Accept-Language`), else Russian, the product's default.
 */
export const readerLanguage = (lang: unknown, acceptLanguage: string | undefined): ReaderLanguage => {
  if (isReaderLanguage(lang)) return lang;
  for (const part of (acceptLanguage ?? '').split(',')) {
    const primary = part.trim().split(/[-;]/)[0]?.toLowerCase();
    if (isReaderLanguage(primary)) return primary;
  }
  return 'ru';
};
