import type { Format } from '@/lib/i18n/format.ts';
import type { Delta } from './delta.ts';
import type { KpiShape } from './kpi-meta.ts';

export const formatKpi = (fmt: Format, shape: KpiShape, value: number | null, empty = '—'): string => {
  if (value === null) return empty;
  switch (shape) {
    case 'count':
      return fmt.integer(value);
    case 'rate':
      return fmt.percent(value);
    case 'days':
      return fmt.days(value);
    case 'sum':
      return fmt.kztCompact(value);
    default: {
      const unknown: never = shape;
      return unknown;
    }
  }
};

/** A change as the chair reads it: +4 (+50 %), +2,5 п.п., −3 дня. */
export const formatDelta = (fmt: Format, shape: KpiShape, delta: Delta, pointsUnit: string): string =>
  // Number formats write a hyphen for minus (before a digit or a currency); a change is set in
  // type, so it gets the minus sign. No unit of a change contains a hyphen.
  hyphenatedDelta(fmt, shape, delta, pointsUnit).replace(/-/g, '\u2212');

const hyphenatedDelta = (fmt: Format, shape: KpiShape, delta: Delta, pointsUnit: string): string => {
  switch (shape) {
    case 'count':
    case 'sum': {
      const absolute = shape === 'sum' ? fmt.kztCompact(delta.change) : fmt.signed(delta.change);
      const signedAbsolute = shape === 'sum' && delta.change > 0 ? `+${absolute}` : absolute;
      return delta.relative === null
        ? signedAbsolute
        : `${signedAbsolute} (${delta.relative > 0 ? '+' : ''}${fmt.percent(delta.relative)})`;
    }
    case 'rate':
      return `${fmt.points(delta.change)} ${pointsUnit}`;
    case 'days':
      return `${delta.change > 0 ? '+' : ''}${fmt.days(delta.change)}`;
    default: {
      const unknown: never = shape;
      return unknown;
    }
  }
};
