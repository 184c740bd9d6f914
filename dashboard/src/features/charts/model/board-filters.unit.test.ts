import { describe, expect, it } from 'vitest';
import { NO_BOARD_FILTERS, parseBoardFilters, withBoardFilters, writeBoardFilters } from './board-filters.ts';
import { defaultSpec } from './spec.ts';

describe("filters on the analyst's board", () => {
  const saved = {
    ...defaultSpec('2026-06-15'),
    filters: { from: '2025-06-01', to: '2026-06-15', regions: ['KZ-71', 'KZ-75'], sources: ['HOTLINE'] },
  };

  it('set the period, region and sphere of every chart, keeping what the board does not filter', () => {
    const shown = withBoardFilters(saved, {
      from: '2026-01-01',
      to: '2026-03-31',
      region: 'KZ-15',
      sphere: null,
    });
    expect(shown.filters).toEqual({
      from: '2026-01-01',
      to: '2026-03-31',
      regions: ['KZ-15'],
      sources: ['HOTLINE'],
    });
    expect(saved.filters.regions).toEqual(['KZ-71', 'KZ-75']);
  });

  it('leave a chart as saved when none is set', () => {
    expect(withBoardFilters(saved, NO_BOARD_FILTERS)).toEqual(saved);
  });

  it('are read from the URL leniently and written back without empty keys', () => {
    const params = new URLSearchParams('from=2026-04-01&to=2026-02-01&region=XX&sphere=&other=1');
    expect(parseBoardFilters(params)).toEqual({ from: null, to: '2026-02-01', region: null, sphere: null });
    const written = writeBoardFilters({ region: 'KZ-15', to: null }, params);
    expect(written.get('region')).toBe('KZ-15');
    expect(written.has('to')).toBe(false);
    expect(written.get('other')).toBe('1');
  });
});
