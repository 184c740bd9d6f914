import { type Lang, LOCALES } from './lang.ts';

/** Business dates are calendar days in Asia/Almaty; instants are shown in Almaty time too. */
export const TIME_ZONE = 'Asia/Almaty';

const dayFromBusinessDate = (value: string): Date => {
  const [y, m, d] = value.split('-').map(Number);
  return new Date(Date.UTC(y!, m! - 1, d!));
};

/**
 * Kazakh written by hand: browsers ship thin Kazakh locale data (Chromium writes "2025 M12 2",
 * "139 дня" and "38.6%"), so months, days and separators follow the Kazakh norm here instead:
 * "2025 жылғы 2 желтоқсан", "139 күн", "38,6%".
 */
const KK_MONTHS = [
  'қаңтар',
  'ақпан',
  'наурыз',
  'сәуір',
  'мамыр',
  'маусым',
  'шілде',
  'тамыз',
  'қыркүйек',
  'қазан',
  'қараша',
  'желтоқсан',
];
const KK_MONTHS_SHORT = [
  'қаң.',
  'ақп.',
  'нау.',
  'сәу.',
  'мам.',
  'мау.',
  'шіл.',
  'там.',
  'қыр.',
  'қаз.',
  'қар.',
  'жел.',
];

const pad = (n: number) => String(n).padStart(2, '0');

const almatyParts = (instant: Date) => {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: TIME_ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(instant);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return { y: get('year'), m: get('month'), d: get('day'), h: get('hour'), min: get('minute') };
};

/**
 * A formatter made on its first use: a screen uses a few of the dozen, and making an Intl
 * formatter reads the locale's data (a time zone's too), tens of milliseconds of the first render
 * on a modest machine when all were made at once.
 */
const lazy = <F>(make: () => F): (() => F) => {
  let made: F | undefined;
  return () => {
    made ??= make();
    return made;
  };
};

export const createFormat = (lang: Lang) => {
  const locale = LOCALES[lang];
  // Kazakh numbers are grouped and punctuated as in ru-KZ (space groups, decimal comma).
  const numberLocale = lang === 'kk' ? 'ru-KZ' : locale;
  const integer = lazy(() => new Intl.NumberFormat(numberLocale, { maximumFractionDigits: 0 }));
  const decimal = lazy(() => new Intl.NumberFormat(numberLocale, { maximumFractionDigits: 1 }));
  const percent = lazy(
    () => new Intl.NumberFormat(numberLocale, { style: 'percent', maximumFractionDigits: 1 }),
  );
  const points = lazy(
    () => new Intl.NumberFormat(numberLocale, { maximumFractionDigits: 1, signDisplay: 'exceptZero' }),
  );
  const signed = lazy(
    () => new Intl.NumberFormat(numberLocale, { maximumFractionDigits: 0, signDisplay: 'exceptZero' }),
  );
  const kzt = lazy(
    () =>
      new Intl.NumberFormat(numberLocale, {
        style: 'currency',
        currency: 'KZT',
        maximumFractionDigits: 0,
      }),
  );
  const kztCompact = lazy(
    () =>
      new Intl.NumberFormat(locale === 'kk-KZ' ? 'ru-KZ' : locale, {
        style: 'currency',
        currency: 'KZT',
        notation: lang === 'kk' ? 'standard' : 'compact',
        maximumFractionDigits: lang === 'kk' ? 0 : 1,
      }),
  );
  const date = lazy(
    () =>
      new Intl.DateTimeFormat(locale, {
        day: 'numeric',
        month: 'long',
        year: 'numeric',
        timeZone: 'UTC',
      }),
  );
  const shortDate = lazy(
    () =>
      new Intl.DateTimeFormat(locale, {
        day: '2-digit',
        month: '2-digit',
        year: 'numeric',
        timeZone: 'UTC',
      }),
  );
  const month = lazy(
    () => new Intl.DateTimeFormat(locale, { month: 'short', year: 'numeric', timeZone: 'UTC' }),
  );
  const dateTime = lazy(
    () =>
      new Intl.DateTimeFormat(locale, {
        dateStyle: 'medium',
        timeStyle: 'short',
        timeZone: TIME_ZONE,
      }),
  );
  const days = lazy(
    () =>
      new Intl.NumberFormat(locale, {
        style: 'unit',
        unit: 'day',
        unitDisplay: 'long',
        maximumFractionDigits: 1,
      }),
  );
  const kk = lang === 'kk';
  return {
    locale,
    integer: (n: number) => integer().format(n),
    decimal: (n: number) => decimal().format(n),
    /** A fraction between 0 and 1 as a percentage. */
    percent: (fraction: number) => (kk ? `${decimal().format(fraction * 100)}%` : percent().format(fraction)),
    /** A change of a rate, in percentage points. */
    points: (fractionDelta: number) => points().format(fractionDelta * 100),
    signed: (n: number) => signed().format(n),
    kzt: (n: number) => kzt().format(n),
    kztCompact: (n: number) => kztCompact().format(n),
    days: (n: number) => (kk ? `${decimal().format(n)} күн` : days().format(n)),
    /** A business date (YYYY-MM-DD), never shifted by the viewer's time zone. */
    date: (value: string) => {
      if (!kk) return date().format(dayFromBusinessDate(value));
      const [y, m, d] = value.split('-').map(Number);
      return `${y} жылғы ${d} ${KK_MONTHS[m! - 1]}`;
    },
    shortDate: (value: string) => {
      if (!kk) return shortDate().format(dayFromBusinessDate(value));
      const [y, m, d] = value.split('-');
      return `${d}.${m}.${y}`;
    },
    month: (value: string) => {
      if (!kk) return month().format(dayFromBusinessDate(value));
      const [y, m] = value.split('-').map(Number);
      return `${KK_MONTHS_SHORT[m! - 1]} ${y}`;
    },
    dateTime: (value: string | Date) => {
      const instant = typeof value === 'string' ? new Date(value) : value;
      if (!kk) return dateTime().format(instant);
      const p = almatyParts(instant);
      return `${pad(p.d)}.${pad(p.m)}.${p.y}, ${pad(p.h)}:${pad(p.min)}`;
    },
  };
};

export type Format = ReturnType<typeof createFormat>;
