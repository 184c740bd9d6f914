import { KpiQueryError } from './errors.ts';

export const MAX_PAGE = 500;
export const DEFAULT_PAGE = 50;

/** Rows are ordered by (day, position of their main event); a cursor is the last row's pair. */
export const encodeCursor = (day: number, pos: number): string =>
  Buffer.from(`${day}:${pos}`).toString('base64url');

export const decodeCursor = (cursor: string | null | undefined, field = 'after'): [number, number] | null => {
  if (cursor === undefined || cursor === null || cursor === '') return null;
  const parts = Buffer.from(cursor, 'base64url').toString('utf8').split(':').map(Number);
  if (parts.length !== 2 || !parts.every(Number.isFinite)) {
    throw new KpiQueryError('INVALID_CURSOR', field, 'is not a cursor this query returned');
  }
  return [parts[0]!, parts[1]!];
};

export const pageSize = (first: number | null | undefined): number => {
  const n = first ?? DEFAULT_PAGE;
  if (!Number.isInteger(n) || n < 1 || n > MAX_PAGE) {
    throw new KpiQueryError('LIMIT_OUT_OF_RANGE', 'first', `must be a whole number from 1 to ${MAX_PAGE}`);
  }
  return n;
};

/**
 * Sorts candidates by (day, pos), keeps those after the cursor and cuts a page. Returns the page's
 * indices into the candidate arrays and whether more follow.
 */
export const paginate = (
  days: readonly number[],
  positions: readonly number[],
  after: [number, number] | null,
  first: number,
): { page: number[]; hasNextPage: boolean } => {
  const order: number[] = [];
  for (let k = 0; k < days.length; k++) {
    const d = days[k]!;
    const p = positions[k]!;
    if (after && (d < after[0] || (d === after[0] && p <= after[1]))) continue;
    order.push(k);
  }
  order.sort((a, b) => days[a]! - days[b]! || positions[a]! - positions[b]!);
  return { page: order.slice(0, first), hasNextPage: order.length > first };
};
