import {
  createContext,
  type ReactNode,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
} from 'react';
import type { MessageKey, Messages } from './catalogue.ts';
import { createFormat, type Format } from './format.ts';
import { interpolate } from './interpolate.ts';
import { type Lang, LOCALES, rememberLang } from './lang.ts';
import { CAUSE_LABELS, REGION_LABELS, SOURCE_LABELS, SPHERE_LABELS } from './vocabulary.generated.ts';

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

interface I18nProviderProps {
  /** The reader's language and its catalogue, loaded before the first render. */
  readonly initial: { readonly lang: Lang; readonly messages: Messages };
  /** Another language's catalogue, when the reader switches to it (`app/catalogues.ts`). */
  readonly load: (lang: Lang) => Promise<Messages>;
  readonly children: ReactNode;
}

export const I18nProvider = ({ initial, load, children }: I18nProviderProps) => {
  // The language and its messages change together: a switch shows the new language once its
  // catalogue has arrived, never keys or a mix of two languages.
  const [current, setCurrent] = useState(initial);
  const { lang, messages } = current;
  // The last language asked for: of two quick switches, the later one wins whichever loads first.
  const wanted = useRef(initial.lang);
  const setLang = useCallback(
    (next: Lang) => {
      rememberLang(next);
      wanted.current = next;
      void load(next).then(
        (loaded) => {
          if (wanted.current === next) setCurrent({ lang: next, messages: loaded });
        },
        // Not downloaded (offline, a new deployment): the page stays in the language it is in.
        () => undefined,
      );
    },
    [load],
  );
  useEffect(() => {
    document.documentElement.lang = LOCALES[lang];
  }, [lang]);
  const value = useMemo<I18n>(() => {
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
  }, [lang, messages, setLang]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
};

export const useI18n = (): I18n => {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n outside I18nProvider');
  return value;
};
