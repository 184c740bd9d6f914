import type { Messages } from '@/lib/i18n/catalogue.ts';
import type { Lang } from '@/lib/i18n/lang.ts';

/** Each language's catalogue in its own chunk: a reader downloads and compiles only theirs. */
const LOADERS: Record<Lang, () => Promise<Messages>> = {
  ru: () => import('./messages/ru.ts').then((m) => m.ru),
  kk: () => import('./messages/kk.ts').then((m) => m.kk),
  en: () => import('./messages/en.ts').then((m) => m.en),
};

const loading = new Map<Lang, Promise<Messages>>();

/** The catalogue of `lang`, asked for once per page load (the entry asks first, the app takes it). */
export const loadCatalogue = (lang: Lang): Promise<Messages> => {
  let pending = loading.get(lang);
  if (!pending) {
    pending = LOADERS[lang]();
    // A failed download (a new deployment replaced the chunk, a dropped connection) may be retried.
    pending.catch(() => loading.delete(lang));
    loading.set(lang, pending);
  }
  return pending;
};
