/**
 * A schedule's period as the server names it (`2026-03`, `2026-Q1`, `2026-T1`), split into what
 * the reader's words need: a month is written by the date format, a quarter or third by its number.
 */
export type SchedulePeriod =
  | { readonly kind: 'month'; readonly firstDay: string }
  | { readonly kind: 'quarter' | 'third'; readonly year: number; readonly n: number };

export const parseSchedulePeriod = (period: string): SchedulePeriod | null => {
  const month = /^(\d{4})-(\d{2})$/.exec(period);
  if (month) return { kind: 'month', firstDay: `${period}-01` };
  const part = /^(\d{4})-([QT])([1-4])$/.exec(period);
  if (!part) return null;
  return { kind: part[2] === 'Q' ? 'quarter' : 'third', year: Number(part[1]), n: Number(part[3]) };
};
