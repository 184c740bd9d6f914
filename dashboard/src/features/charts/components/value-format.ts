import type { Format } from '@/lib/i18n/format.ts';
import type { MeasureShape } from '../model/chart-table.ts';

/** A measure's value as the interface language writes it: shares as percentages, money in tenge. */
export const formatValue = (fmt: Format, shape: MeasureShape, value: number | null | undefined): string => {
  if (value === null || value === undefined || Number.isNaN(value)) return '—';
  switch (shape) {
    case 'rate':
      return fmt.percent(value);
    case 'days':
    case 'decimal':
      return fmt.decimal(value);
    case 'sum':
      return fmt.kzt(value);
    default:
      return fmt.integer(value);
  }
};

/** Short tick labels for the value axis. */
export const formatTick = (fmt: Format, shape: MeasureShape, value: number): string =>
  shape === 'rate' ? fmt.percent(value) : shape === 'sum' ? fmt.kztCompact(value) : fmt.decimal(value);
