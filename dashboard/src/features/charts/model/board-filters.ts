import { REGION_LABELS, SPHERE_LABELS } from '@/lib/i18n/vocabulary.generated.ts';
import type { ChartSpec } from './spec.ts';

/** What the analyst asks of the whole board at once; null leaves each chart's own setting. */
export interface BoardFilters {
  readonly from: string | null;
  readonly to: string | null;
  readonly region: string | null;
  readonly sphere: string | null;
}

export const NO_BOARD_FILTERS: BoardFilters = { from: null, to: null, region: null, sphere: null };

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const day = (value: string | null) =>
  value && DAY.test(value) && !Number.isNaN(Date.parse(value)) ? value : null;

/** From the board's URL, leniently: an unknown region or a malformed day is as if not set. */
export const parseBoardFilters = (params: URLSearchParams): BoardFilters => {
  const region = params.get('region');
  const sphere = params.get('sphere');
  const from = day(params.get('from'));
  const to = day(params.get('to'));
  return {
    from: from && to && from > to ? null : from,
    to,
    region: region && region in REGION_LABELS ? region : null,
    sphere: sphere && sphere in SPHERE_LABELS ? sphere : null,
  };
};

export const writeBoardFilters = (
  change: Partial<BoardFilters>,
  params: URLSearchParams,
): URLSearchParams => {
  const next = new URLSearchParams(params);
  for (const [key, value] of Object.entries(change)) {
    if (value) next.set(key, value);
    else next.delete(key);
  }
  return next;
};

export const hasBoardFilters = (filters: BoardFilters): boolean => Object.values(filters).some(Boolean);

/**
 * A saved chart as the board shows it: the board's period replaces the chart's, and the board's
 * region and sphere replace the chart's lists of them. The saved chart itself is left as saved.
 */
export const withBoardFilters = (spec: ChartSpec, board: BoardFilters): ChartSpec => {
  const own = spec.filters ?? {};
  return {
    ...spec,
    filters: {
      ...own,
      ...(board.from ? { from: board.from } : {}),
      ...(board.to ? { to: board.to } : {}),
      ...(board.region ? { regions: [board.region] } : {}),
      ...(board.sphere ? { spheres: [board.sphere] } : {}),
    },
  };
};
