export const LANGS = ['ru', 'kk', 'en'] as const;
export type Lang = (typeof LANGS)[number];

/** The Intl locale for each interface language: numbers, dates and tenge as Kazakhstan writes them. */
export const LOCALES: Record<Lang, string> = { ru: 'ru-KZ', kk: 'kk-KZ', en: 'en' };

export const isLang = (value: unknown): value is Lang => LANGS.includes(value as Lang);
