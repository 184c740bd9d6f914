import { type Lang, LOCALES } from '@/lib/i18n/lang.ts';

type Part = 'day' | 'month' | 'year';

interface Layout {
  readonly order: Part[];
  readonly separator: string;
}

/** Read once per language: every date field asks at every render, and an Intl formatter is slow to make. */
const layouts = new Map<Lang, Layout>();

/** How the app's language writes a calendar day: the order of its parts and what separates them. */
const layoutOf = (lang: Lang): Layout => {
  let layout = layouts.get(lang);
  if (!layout) {
    layout = readLayout(lang);
    layouts.set(lang, layout);
  }
  return layout;
};

const readLayout = (lang: Lang): Layout => {
  // Kazakh writes a day as 14.03.2026; some Chromium builds' kk data says 2026-03-14, so the day's
  // layout is read from ru-KZ, as the numbers' are (format.ts).
  const parts = new Intl.DateTimeFormat(lang === 'kk' ? LOCALES.ru : LOCALES[lang], {
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    timeZone: 'UTC',
  }).formatToParts(new Date(Date.UTC(2026, 2, 14)));
  return {
    order: parts.map((p) => p.type).filter((t): t is Part => t === 'day' || t === 'month' || t === 'year'),
    separator: parts.find((p) => p.type === 'literal')?.value ?? '.',
  };
};

const LETTERS: Record<Lang, Record<Part, string>> = {
  ru: { day: 'ДД', month: 'ММ', year: 'ГГГГ' },
  kk: { day: 'КК', month: 'АА', year: 'ЖЖЖЖ' },
  en: { day: 'DD', month: 'MM', year: 'YYYY' },
};

/** The day's pattern in the language's own letters: ДД.ММ.ГГГГ, MM/DD/YYYY. */
export const dayPattern = (lang: Lang): string => {
  const { order, separator } = layoutOf(lang);
  return order.map((p) => LETTERS[lang][p]).join(separator);
};

/** An ISO day (as the API takes it) written as the language writes it; anything else unchanged. */
export const formatDayText = (iso: string, lang: Lang): string => {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return iso;
  const { order, separator } = layoutOf(lang);
  const part = { year: match[1]!, month: match[2]!, day: match[3]! };
  return order.map((p) => part[p]).join(separator);
};

/**
 * A typed day as an ISO day, or null when it is not a day of the calendar. The language's order
 * is read with any separator; an ISO day is taken as it is.
 */
export const parseDayText = (text: string, lang: Lang): string | null => {
  const trimmed = text.trim();
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(trimmed);
  const numbers = iso ? [iso[1]!, iso[2]!, iso[3]!] : trimmed.split(/[^\d]+/);
  if (numbers.length !== 3 || numbers.some((n) => !/^\d+$/.test(n))) return null;
  const order: Part[] = iso ? ['year', 'month', 'day'] : layoutOf(lang).order;
  const value = Object.fromEntries(order.map((p, i) => [p, Number(numbers[i])])) as Record<Part, number>;
  if (String(numbers[order.indexOf('year')]).length !== 4) return null;
  const date = new Date(Date.UTC(value.year, value.month - 1, value.day));
  if (date.getUTCMonth() !== value.month - 1 || date.getUTCDate() !== value.day) return null;
  return date.toISOString().slice(0, 10);
};
