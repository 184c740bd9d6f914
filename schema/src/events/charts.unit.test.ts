import { describe, expect, it } from 'vitest';
import { validateEvent } from './validate.ts';

const chartId = '0b6f1c2e-4e0a-4c53-8d1c-2f4b7a0c9e11';
const spec = {
  chartType: 'LINE',
  measures: ['CAUSES_REMOVED', 'RISKS_IDENTIFIED'],
  dimensions: [{ by: 'TIME', granularity: 'MONTH' }, { by: 'REGION' }],
  filters: { from: '2026-01-01', to: '2026-06-30', regions: ['KZ-15', 'KZ-71'], spheres: ['LAND_RELATIONS'] },
  asOf: '2026-07-01T00:00:00+05:00',
  sort: { by: 'CAUSES_REMOVED', direction: 'DESC' },
  limit: 100,
};
const saved = {
  chartId,
  name: '  Causes removed by month  ',
  spec,
  owner: 'analyst-1',
  occurredOn: '2026-11-20',
};

describe('saved chart events', () => {
  it('accept a chart with two measures, two dimensions and filters, and trim its name', () => {
    const result = validateEvent('ChartSaved', saved);
    expect(result).toMatchObject({ ok: true, value: { data: { name: 'Causes removed by month' } } });
  });

  it('refuse a chart without a measure, naming the field', () => {
    const result = validateEvent('ChartSaved', { ...saved, spec: { ...spec, measures: [] } });
    expect(result).toMatchObject({
      ok: false,
      issues: [{ path: 'data.spec.measures', message: 'choose at least one measure' }],
    });
  });

  it('refuse a third dimension and a repeated one', () => {
    const three = validateEvent('ChartUpdated', {
      chartId,
      spec: { ...spec, dimensions: [{ by: 'TIME' }, { by: 'REGION' }, { by: 'SPHERE' }] },
      occurredOn: '2026-11-20',
    });
    expect(three).toMatchObject({ ok: false, issues: [{ path: 'data.spec.dimensions' }] });
    const twice = validateEvent('ChartUpdated', {
      chartId,
      spec: { ...spec, dimensions: [{ by: 'REGION' }, { by: 'REGION' }] },
      occurredOn: '2026-11-20',
    });
    expect(twice).toMatchObject({ ok: false, issues: [{ path: 'data.spec.dimensions' }] });
  });

  it('refuse an unknown chart type, a bad region filter and a period that ends before it starts', () => {
    const result = validateEvent('ChartSaved', {
      ...saved,
      spec: {
        ...spec,
        chartType: 'DONUT',
        filters: { from: '2026-06-01', to: '2026-01-01', regions: ['KZ-99'] },
      },
    });
    expect(result.ok).toBe(false);
    const paths = result.ok ? [] : result.issues.map((i) => i.path);
    expect(paths).toEqual(expect.arrayContaining(['data.spec.chartType', 'data.spec.filters.regions.0']));
  });

  it('refuse a measure that is not an identifier and a limit past the bound on rows', () => {
    const result = validateEvent('ChartSaved', {
      ...saved,
      spec: { ...spec, measures: ['causes removed'], limit: 1_000_000 },
    });
    const paths = result.ok ? [] : result.issues.map((i) => i.path);
    expect(paths).toEqual(expect.arrayContaining(['data.spec.measures.0', 'data.spec.limit']));
  });

  it('refuse an empty name', () => {
    const result = validateEvent('ChartRenamed', { chartId, name: '   ', occurredOn: '2026-11-20' });
    expect(result).toMatchObject({ ok: false, issues: [{ path: 'data.name' }] });
  });

  it('keep a board as an ordered list of distinct charts', () => {
    const other = '9a1e7f3c-2b4d-4e5f-8a6b-7c8d9e0f1a2b';
    expect(
      validateEvent('BoardArranged', {
        owner: 'analyst-1',
        chartIds: [other, chartId],
        occurredOn: '2026-11-20',
      }),
    ).toMatchObject({ ok: true, value: { data: { chartIds: [other, chartId] } } });
    expect(
      validateEvent('BoardArranged', {
        owner: 'analyst-1',
        chartIds: [chartId, chartId],
        occurredOn: '2026-11-20',
      }),
    ).toMatchObject({ ok: false, issues: [{ path: 'data.chartIds' }] });
  });
});
