import { describe, expect, it } from 'vitest';
import { type ExampleEvent, modelOf, recorded } from '../../test/fold.ts';
import { KpiQueryError } from '../kpi/index.ts';
import { publicFigures } from './public-figures.ts';

const risk = (id: string, region: string, on: string, at: string): ExampleEvent => ({
  at,
  type: 'RiskIdentified',
  data: {
    riskId: id,
    region,
    organization: 'Акимат',
    process: 'Земельные участки',
    causeCategory: 'EXCESSIVE_DISCRETION',
    sphere: 'LAND_RELATIONS',
    source: 'EXTERNAL_ANALYSIS',
    occurredOn: on,
  },
});
const removed = (id: string, riskId: string, region: string, on: string, at: string): ExampleEvent => ({
  at,
  type: 'ProcessTransformed',
  data: {
    transformationId: id,
    region,
    organization: 'Акимат',
    process: 'Земельные участки',
    kind: 'DIGITISED',
    removesRiskIds: [riskId],
    implementsRecommendationIds: [],
    occurredOn: on,
  },
});

const model = modelOf(
  recorded([
    risk('r1', 'KZ-15', '2026-01-10', '2026-01-10T05:00:00Z'),
    risk('r2', 'KZ-15', '2026-02-01', '2026-02-01T05:00:00Z'),
    removed('t1', 'r1', 'KZ-15', '2026-02-10', '2026-02-10T05:00:00Z'),
    risk('a1', 'KZ-71', '2026-03-01', '2026-03-01T05:00:00Z'),
    // Recorded after the figures' instant: as known then, it did not exist.
    risk('late', 'KZ-71', '2026-01-20', '2026-03-20T05:00:00Z'),
    // Dated after the figures' day though recorded before it: outside the capped period.
    risk('early', 'KZ-71', '2026-03-16', '2026-03-14T05:00:00Z'),
  ]),
);
const kpis = ['risksIdentified', 'causesRemoved', 'removalRate'] as const;
const asOf = new Date('2026-03-15T12:00:00Z');

describe('public figures', () => {
  it('gives the country and every region, as known at the instant, the period capped at its day', () => {
    const figures = publicFigures(model, { period: '2026', asOf, kpis });
    expect(figures.range).toEqual({ from: '2026-01-01', to: '2026-03-15' });
    expect(figures.asOf).toBe('2026-03-15T12:00:00.000Z');
    expect(figures.units).toHaveLength(21);
    expect(figures.units[0]).toEqual({ unit: 'KZ', values: [3, 1, 1 / 3] });
    expect(figures.units.find((u) => u.unit === 'KZ-15')?.values).toEqual([2, 1, 0.5]);
    expect(figures.units.find((u) => u.unit === 'KZ-71')?.values).toEqual([1, 0, 0]);
  });

  it('shows a region with nothing recorded as zero counts and rates without a value', () => {
    const figures = publicFigures(model, { period: '2026', asOf, kpis });
    expect(figures.units.find((u) => u.unit === 'KZ-10')?.values).toEqual([0, 0, null]);
  });

  it('keeps a whole period that ended before the instant, and refuses one that starts after it', () => {
    expect(publicFigures(model, { period: '2026-01', asOf, kpis }).range).toEqual({
      from: '2026-01-01',
      to: '2026-01-31',
    });
    const refusal = (period: string) => {
      try {
        publicFigures(model, { period, asOf, kpis });
      } catch (error) {
        return error instanceof KpiQueryError ? `${error.field}: ${error.message}` : String(error);
      }
      return 'accepted';
    };
    expect(refusal('2026-Q2')).toBe(
      'period: starts after 2026-03-15, the last day the published figures cover',
    );
    expect(refusal('2026-Q5')).toMatch(/^period: must be a year/);
  });
});
