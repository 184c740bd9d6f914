import { describe, expect, it } from 'vitest';
import { fold, modelOf, recorded } from '../../../test/fold.ts';
import { chart } from './chart.ts';
import { drillDown } from './drill-down.ts';
import { KpiQueryError } from './errors.ts';
import type { KpiFilter } from './filter.ts';
import { openRisksOfRegion } from './register.ts';
import { kpiSummary } from './summary.ts';

/**
 * Aktobe's own risk, a Ministry of Health risk in Aktobe (removed by the ministry, and a case it
 * restored), and a risk of a body an administrator added (no seeded catalogue lists it) in Almaty.
 */
const risk = (riskId: string, region: string, at: string, centralBody?: string) => ({
  at,
  type: 'RiskIdentified',
  data: {
    riskId,
    region,
    ...(centralBody ? { centralBody } : {}),
    organization: 'Отдел образования',
    process: 'Приём в школу',
    sphere: 'EDUCATION',
    causeCategory: 'EXCESSIVE_DISCRETION',
    source: 'EXTERNAL_ANALYSIS',
    description: 'Очередь ведётся вручную',
    occurredOn: '2026-02-01',
  },
});
const events = recorded([
  risk('R1', 'KZ-15', '2026-02-02T08:00:00Z'),
  risk('R2', 'KZ-15', '2026-02-02T09:00:00Z', 'MIN-HEALTH'),
  {
    at: '2026-02-10T09:00:00Z',
    type: 'ProcessTransformed',
    data: {
      transformationId: 'T1',
      region: 'KZ-15',
      centralBody: 'MIN-HEALTH',
      removesRiskIds: ['R2'],
      implementsRecommendationIds: [],
      occurredOn: '2026-02-10',
    },
  },
  {
    at: '2026-02-11T09:00:00Z',
    type: 'RightRestored',
    data: {
      caseId: 'K1',
      region: 'KZ-15',
      centralBody: 'MIN-HEALTH',
      riskId: 'R2',
      peopleCount: 3,
      occurredOn: '2026-02-11',
    },
  },
  risk('R3', 'KZ-75', '2026-03-01T09:00:00Z', 'AG-NEW-UNIT'),
]);
const model = modelOf(events);
const period = { from: '2026-01-01', to: '2026-03-31' };

const value = (kpi: string, filter: KpiFilter = {}, asOf?: string) =>
  kpiSummary(model, { period, filter, asOf }).kpis.find((e) => e.kpi === kpi)!.current.value;

describe('central bodies as reporting units', () => {
  it('indexes bodies as their first event arrives, not from a fixed list', () => {
    expect(fold(events.slice(0, 1)).bodies.codes).toEqual(['']);
    expect(model.state.bodies.codes).toEqual(['', 'MIN-HEALTH', 'AG-NEW-UNIT']);
  });

  it('counts everything in the country total, and only its own work in a region', () => {
    expect(value('risksIdentified')).toBe(3);
    expect(value('risksIdentified', { regions: ['KZ-15'] })).toBe(1);
    expect(value('causesRemoved', { regions: ['KZ-15'] })).toBe(0);
    expect(value('rightsRestoredPeople', { regions: ['KZ-15'] })).toBe(0);
    expect(value('risksIdentified', { regions: ['KZ-75'] })).toBe(0);
  });

  it('filters by unit, a region or a body, through the same filter', () => {
    expect(value('risksIdentified', { units: ['MIN-HEALTH'] })).toBe(1);
    expect(value('causesRemoved', { units: ['MIN-HEALTH'] })).toBe(1);
    expect(value('rightsRestoredPeople', { units: ['MIN-HEALTH'] })).toBe(3);
    expect(value('risksIdentified', { units: ['KZ-15', 'AG-NEW-UNIT'] })).toBe(2);
    // A body no event named yet is a unit with nothing in it, not an error.
    expect(value('risksIdentified', { units: ['MIN-FINANCE'] })).toBe(0);
    // Both filters: a unit must be in both, and a body is in no region's own work.
    expect(value('risksIdentified', { regions: ['KZ-15'], units: ['MIN-HEALTH'] })).toBe(0);
  });

  it('refuses a unit code that is neither a region nor a body, naming the field', () => {
    const ask = () => value('risksIdentified', { units: ['ministry of health'] });
    expect(ask).toThrow(KpiQueryError);
    expect(ask).toThrow(expect.objectContaining({ field: 'filter.units' }));
  });

  it('breaks down by region counting only the regions’ own work', () => {
    const c = chart(model, {
      measures: ['risksIdentified', 'causesRemoved'],
      dimensions: [{ dimension: 'region' }],
      period,
    });
    const of = (code: string) => c.rows.find((r) => r.keys[0]!.key === code)?.values;
    expect(of('KZ-15')).toEqual([1, 0]);
    expect(of('KZ-75')).toEqual([0, 0]);
  });

  it('breaks down by central body: the league of bodies, named from the catalogue', () => {
    const c = chart(model, {
      measures: ['risksIdentified', 'causesRemoved', 'rightsRestoredCases'],
      dimensions: [{ dimension: 'centralBody' }],
      period,
    });
    // Ties on the measure rank by the English name: "AG-NEW-UNIT", "Ministry...", "No central body...".
    expect(c.rows.map((r) => [r.keys[0]!.key, ...r.values])).toEqual([
      ['AG-NEW-UNIT', 1, 0, 0],
      ['MIN-HEALTH', 1, 1, 1],
      ['', 1, 0, 0],
    ]);
    const health = c.rows.find((r) => r.keys[0]!.key === 'MIN-HEALTH')!.keys[0]!;
    expect(health.label).toEqual({
      ru: 'Министерство здравоохранения',
      kk: 'Денсаулық сақтау министрлігі',
      en: 'Ministry of Health',
    });
    // A body the seeded catalogue lacks is named by its code here (the API names it from the catalogue).
    expect(c.rows[0]!.keys[0]!.label.en).toBe('AG-NEW-UNIT');
  });

  it('as of an instant, knows only the bodies whose work was recorded by then', () => {
    const c = chart(model, {
      measures: ['risksIdentified'],
      dimensions: [{ dimension: 'centralBody' }],
      period,
      asOf: '2026-02-20T00:00:00Z',
    });
    expect(c.rows.map((r) => r.keys[0]!.key)).toEqual(['MIN-HEALTH', '']);
  });

  it('drills down into a body’s figure, and keeps its risks out of the region’s register', () => {
    const rows = drillDown(model, { kpi: 'risksIdentified', period, filter: { units: ['MIN-HEALTH'] } }).rows;
    expect(rows.map((r) => r.id)).toEqual(['R2']);
    const register = openRisksOfRegion(model, { region: 'KZ-15', today: '2026-03-31' });
    expect(register.items.map((r) => r.riskId)).toEqual(['R1']);
  });
});
