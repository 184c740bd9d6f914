import { describe, expect, it } from 'vitest';
import { modelOf } from '../../../test/fold.ts';
import { workedExample } from '../../../test/worked-example.ts';
import { chart } from './chart.ts';

const model = modelOf(workedExample);
const period = { from: '2026-01-01', to: '2026-03-31' };

describe('chart', () => {
  it('groups by cause category as reclassified, every category shown, sorted by the first measure', () => {
    const c = chart(model, {
      measures: ['risksIdentified', 'causesRemoved'],
      dimensions: [{ dimension: 'causeCategory' }],
      period,
    });
    expect(c.rows).toHaveLength(9);
    expect(c.rows.slice(0, 4).map((r) => [r.keys[0]!.key, ...r.values])).toEqual([
      ['EXCESSIVE_DISCRETION', 1, 1],
      ['LACK_OF_TRANSPARENCY', 1, 1],
      ['MANUAL_PROCESSING', 1, 0],
      ['ADMINISTRATIVE_BARRIER', 0, 0],
    ]);
    expect(c.total).toBe(9);
    expect(c.truncated).toBe(false);
  });

  it('shows only the regions a region filter lets through', () => {
    const c = chart(model, {
      measures: ['risksIdentified'],
      dimensions: [{ dimension: 'region' }],
      filter: { regions: ['KZ-71'] },
      period,
    });
    expect(c.rows).toEqual([{ keys: [expect.objectContaining({ key: 'KZ-71' })], values: [0] }]);
  });

  it('counts rights restored in their own sphere, or in that of the risk they name', () => {
    const c = chart(model, {
      measures: ['rightsRestoredPeople'],
      dimensions: [{ dimension: 'sphere' }],
      period,
      limit: 2,
    });
    expect(c.rows.map((r) => [r.keys[0]!.key, r.values[0]])).toEqual([
      ['LAND_RELATIONS', 4],
      ['EDUCATION', 1],
    ]);
    expect(c.truncated).toBe(true);
  });

  it('crosses organization with time, one series per organization with every month', () => {
    const c = chart(model, {
      measures: ['openRisks'],
      dimensions: [{ dimension: 'organization' }, { dimension: 'time', granularity: 'month' }],
      period,
      sort: { by: 'label' },
    });
    expect(c.granularity).toBe('month');
    expect(c.rows.map((r) => [r.keys[0]!.label.ru, r.keys[1]!.key, r.values[0]])).toEqual([
      ['Акимат г. Актобе', '2026-01', 1],
      ['Акимат г. Актобе', '2026-02', 2],
      ['Акимат г. Актобе', '2026-03', 1],
      ['Отдел образования', '2026-01', 1],
      ['Отдел образования', '2026-02', 2],
      ['Отдел образования', '2026-03', 2],
    ]);
    expect(c.rows[0]!.keys[0]!.key).toBe('KZ-15|акимат г. актобе');
  });

  it('answers as of an instant and says which', () => {
    const c = chart(model, { measures: ['causesRemoved'], period, asOf: '2026-03-31T18:59:59Z' });
    expect(c.rows).toEqual([{ keys: [], values: [1] }]);
    expect(c.asOf).toBe('2026-03-31T18:59:59.000Z');
    expect(c.position).toBe(21);
  });

  it.each([
    [{ measures: ['arrests'] }, 'UNKNOWN_MEASURE', 'measures'],
    [{ measures: [] }, 'INVALID_COMBINATION', 'measures'],
    [
      { measures: ['openRisks'], dimensions: [{ dimension: 'mood' }] },
      'UNKNOWN_DIMENSION',
      'dimensions.0.dimension',
    ],
    [
      {
        measures: ['openRisks'],
        dimensions: [{ dimension: 'time' }, { dimension: 'time', granularity: 'year' }],
      },
      'INVALID_COMBINATION',
      'dimensions.1',
    ],
    [
      {
        measures: ['openRisks'],
        dimensions: [{ dimension: 'region' }, { dimension: 'sphere' }, { dimension: 'source' }],
      },
      'INVALID_COMBINATION',
      'dimensions',
    ],
    [
      { measures: ['openRisks'], dimensions: [{ dimension: 'region' }, { dimension: 'region' }] },
      'INVALID_COMBINATION',
      'dimensions.1',
    ],
    [
      { measures: ['openRisks'], dimensions: [{ dimension: 'region', granularity: 'month' }] },
      'INVALID_COMBINATION',
      'dimensions.0.granularity',
    ],
    [
      { measures: ['coverageOrganizations'], dimensions: [{ dimension: 'organization' }] },
      'INVALID_COMBINATION',
      'measures',
    ],
    [{ measures: ['openRisks'], limit: 1001 }, 'LIMIT_OUT_OF_RANGE', 'limit'],
    [{ measures: ['openRisks'], limit: 0 }, 'LIMIT_OUT_OF_RANGE', 'limit'],
    [{ measures: ['openRisks'], sort: { by: 'causesRemoved' } }, 'INVALID_COMBINATION', 'sort.by'],
    [{ measures: ['openRisks'], filter: { regions: ['KZ-AKM'] } }, 'INVALID_FILTER', 'filter.regions'],
  ])('refuses %j with a typed error', (spec, code, field) => {
    expect(() => chart(model, { period, ...spec })).toThrow(expect.objectContaining({ code, field }));
  });
});
