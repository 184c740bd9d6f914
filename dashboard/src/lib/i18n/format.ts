import { type Lang, LOCALES } from './lang.ts';

/** Business dates are calendar days in Asia/Almaty; instants are shown in Almaty time too. */
export const TIME_ZONE = 'Asia/Almaty';

const dayFromBusinessDate = (value: string): Date => {
  const [y, m, d] = value.split('-').map(Number);
  return new Date(Date.UTC(y!, m! - 1, d!));
};

export const createFormat = (lang: Lang) => {
  const locale = LOCALES[lang];
  const integer = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  const decimal = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 });
  const points = new Intl.NumberFormat(locale, { maximumFractionDigits: 1, signDisplay: 'exceptZero' });
  const signed = new Intl.NumberFormat(locale, { maximumFractionDigits: 0, signDisplay: 'exceptZero' });
  const kzt = new Intl.NumberFormat(locale, { style: 'currency', currency: 'KZT', maximumFractionDigits: 0 });
  const kztCompact = new Intl.NumberFormat(locale, {
    style: 'currency',
    currency: 'KZT',
    notation: 'compact',
    maximumFractionDigits: 1,
  });
  const date = new Intl.DateTimeFormat(locale, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
  const shortDate = new Intl.DateTimeFormat(locale, {
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    timeZone: 'UTC',
  });
  const month = new Intl.DateTimeFormat(locale, { month: 'short', year: 'numeric', timeZone: 'UTC' });
  const dateTime = new Intl.DateTimeFormat(locale, {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: TIME_ZONE,
  });
  const days = new Intl.NumberFormat(locale, {
    style: 'unit',
    unit: 'day',
    unitDisplay: 'long',
    maximumFractionDigits: 1,
  });
  return {
    locale,
    integer: (n: number) => integer.format(n),
    decimal: (n: number) => decimal.format(n),
    /** A fraction between 0 and 1 as a percentage. */
    percent: (fraction: number) => percent.format(fraction),
    /** A change of a rate, in percentage points. */
    points: (fractionDelta: number) => points.format(fractionDelta * 100),
    signed: (n: number) => signed.format(n),
    kzt: (n: number) => kzt.format(n),
    kztCompact: (n: number) => kztCompact.format(n),
    days: (n: number) => days.format(n),
    /** A business date (YYYY-MM-DD), never shifted by the viewer's time zone. */
    date: (value: string) => date.format(dayFromBusinessDate(value)),
    shortDate: (value: string) => shortDate.format(dayFromBusinessDate(value)),
    month: (value: string) => month.format(dayFromBusinessDate(value)),
    dateTime: (value: string | Date) => dateTime.format(typeof value === 'string' ? new Date(value) : value),
  };
};

export type Format = ReturnType<typeof createFormat>;
