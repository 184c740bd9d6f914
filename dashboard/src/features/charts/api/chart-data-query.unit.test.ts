import { describe, expect, it } from 'vitest';
import { defaultSpec } from '../model/spec.ts';
import { toQuerySpec } from './chart-data-query.ts';

describe("a saved chart asked of the analysts' query", () => {
  it('spells regions as the API enum, passes dimensions through and bounds the limit', () => {
    const spec = {
      ...defaultSpec('2026-11-20'),
      dimensions: [{ by: 'REGION', granularity: null }],
      filters: { from: '2026-01-01', to: '2026-06-30', regions: ['KZ-15', 'KZ-71'] },
      sort: { by: 'causesRemoved', direction: 'DESC' as const },
      limit: 2000,
    };
    expect(toQuerySpec(spec, '2026-11-20')).toMatchObject({
      measures: ['causesRemoved'],
      dimensions: [{ dimension: 'REGION', granularity: null }],
      filter: { regions: ['KZ_15', 'KZ_71'] },
      period: { from: '2026-01-01', to: '2026-06-30' },
      sortBy: 'causesRemoved',
      sortDirection: 'DESC',
      limit: 1000,
    });
  });

  it('asks for the twelve months before today when the chart names no period', () => {
    const spec = { ...defaultSpec('2026-11-20'), filters: {} };
    expect(toQuerySpec(spec, '2026-11-20').period).toEqual({ from: '2025-11-01', to: '2026-11-20' });
  });

  it('ends the period on the "as known on" day when the period runs past it', () => {
    const spec = {
      ...defaultSpec('2026-12-04'),
      filters: { from: '2026-01-01', to: '2026-12-04' },
      asOf: '2026-06-30T23:59:59+05:00',
    };
    expect(toQuerySpec(spec, '2026-12-04').period).toEqual({ from: '2026-01-01', to: '2026-06-30' });
    const earlier = { ...spec, filters: { from: '2026-01-01', to: '2026-03-31' } };
    expect(toQuerySpec(earlier, '2026-12-04').period.to).toBe('2026-03-31');
  });
});
