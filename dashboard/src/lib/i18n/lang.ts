export const LANGS = ['ru', 'kk', 'en'] as const;
export type Lang = (typeof LANGS)[number];

/** The Intl locale for each interface language: numbers, dates and tenge as Kazakhstan writes them. */
export const LOCALES: Record<Lang, string> = { ru: 'ru-KZ', kk: 'kk-KZ', en: 'en' };

export const isLang = (value: unknown): value is Lang => LANGS.includes(value as Lang);

const STORAGE_KEY = 'kpi.lang';

/** The reader's language: `?lang=` in the address, else the one they chose before, else Russian. */
export const initialLang = (): Lang => {
  const fromUrl = new URLSearchParams(window.location.search).get('lang');
  if (isLang(fromUrl)) return fromUrl;
  const stored = window.localStorage.getItem(STORAGE_KEY);
  return isLang(stored) ? stored : 'ru';
};

/** Kept for the next visit. */
export const rememberLang = (lang: Lang): void => window.localStorage.setItem(STORAGE_KEY, lang);
