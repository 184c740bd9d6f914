import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import type { Catalogues, MessageKey } from './catalogue.ts';
import { createFormat, type Format } from './format.ts';
import { interpolate } from './interpolate.ts';
import { isLang, type Lang, LOCALES } from './lang.ts';
import { CAUSE_LABELS, REGION_LABELS, SOURCE_LABELS, SPHERE_LABELS } from './vocabulary.generated.ts';

const STORAGE_KEY = 'kpi.lang';

export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

type Labelled = Record<string, { ru: string; kk: string; en: string }>;
const labelIn = (table: Labelled, code: string, lang: Lang): string => table[code]?.[lang] ?? code;

export interface I18n {
  readonly lang: Lang;
  readonly setLang: (lang: Lang) => void;
  readonly t: Translate;
  readonly fmt: Format;
  readonly region: (code: string) => string;
  readonly sphere: (code: string) => string;
  readonly cause: (code: string) => string;
  readonly source: (code: string) => string;
}

const I18nContext = createContext<I18n | null>(null);

const initialLang = (): Lang => {
  const fromUrl = new URLSearchParams(window.location.search).get('lang');
  if (isLang(fromUrl)) return fromUrl;
  const stored = window.localStorage.getItem(STORAGE_KEY);
  return isLang(stored) ? stored : 'ru';
};

/** `catalogues`: the app's messages in every language (`app/messages.ts`). */
export const I18nProvider = ({ catalogues, children }: { catalogues: Catalogues; children: ReactNode }) => {
  const [lang, setLangState] = useState<Lang>(initialLang);
  const setLang = useCallback((next: Lang) => {
    window.localStorage.setItem(STORAGE_KEY, next);
    setLangState(next);
  }, []);
  useEffect(() => {
    document.documentElement.lang = LOCALES[lang];
  }, [lang]);
  const value = useMemo<I18n>(() => {
    const messages = catalogues[lang];
    return {
      lang,
      setLang,
      t: (key, params) => interpolate(messages[key], params),
      fmt: createFormat(lang),
      region: (code) => labelIn(REGION_LABELS, code, lang),
      sphere: (code) => labelIn(SPHERE_LABELS, code, lang),
      cause: (code) => labelIn(CAUSE_LABELS, code, lang),
      source: (code) => labelIn(SOURCE_LABELS, code, lang),
    };
  }, [lang, setLang, catalogues]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
};

export const useI18n = (): I18n => {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n outside I18nProvider');
  return value;
};
