import type { Format } from '@/lib/i18n/format.ts';
import type { Translate } from '@/lib/i18n/i18n.tsx';
import type { Granularity } from '../../model/granularity.ts';

/** How a bucket of a time series is named on an axis and in the table. */
export const bucketLabel = (fmt: Format, t: Translate, granularity: Granularity, start: string): string => {
  const year = start.slice(0, 4);
  switch (granularity) {
    case 'day':
    case 'week':
      return fmt.shortDate(start);
    case 'month':
      return fmt.month(start);
    case 'quarter':
      return t('chart.quarter', { q: Math.floor((Number(start.slice(5, 7)) - 1) / 3) + 1, year });
    case 'year':
      return year;
    default: {
      const unknown: never = granularity;
      return unknown;
    }
  }
};
