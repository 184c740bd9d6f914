import { describe, expect, it } from 'vitest';
import { type ExampleEvent, modelOf, recorded } from '../../../test/fold.ts';
import { chart } from './chart.ts';
import type { KpiFilter } from './filter.ts';
import { kpiSummary } from './summary.ts';

const risk = (riskId: string, region: string, organization: string, sphere: string, at: string) => ({
  at,
  type: 'RiskIdentified',
  data: {
    riskId,
    region,
    organization,
    process: 'Предоставление земельных участков',
    sphere,
    causeCategory: 'EXCESSIVE_DISCRETION',
    source: 'EXTERNAL_ANALYSIS',
    occurredOn: '2026-02-01',
  },
});
const right = (caseId: string, own: Record<string, unknown>, at = '2026-03-02T05:00:00Z'): ExampleEvent => ({
  at,
  type: 'RightRestored',
  data: { caseId, region: 'KZ-15', peopleCount: 1, occurredOn: '2026-03-01', ...own },
});

// The same body name in Aktobe and Astana is two bodies; cases count in their own sphere and
// organization, or in those of the risk they name (as known at asOf).
const history: ExampleEvent[] = [
  risk('R1', 'KZ-15', 'Акимат г. Актобе', 'CONSTRUCTION', '2026-02-01T05:00:00Z'),
  risk('R2', 'KZ-15', 'Отдел земельных отношений', 'LAND_RELATIONS', '2026-02-01T05:00:00Z'),
  risk('R3', 'KZ-71', 'Отдел земельных отношений', 'LAND_RELATIONS', '2026-02-01T05:00:00Z'),
  // A land plot returned by the akimat: its own sphere, though no risk of land relations is named.
  right('C1', { organization: 'Акимат г. Актобе', sphere: 'LAND_RELATIONS' }),
  // Leaves sphere and organization to its risk R1 (construction, the akimat).
  right('C2', { riskId: 'R1' }),
  // Names R1 but gives its own sphere: the sphere is its own, the organization R1's.
  right('C3', { riskId: 'R1', sphere: 'EDUCATION' }),
  // Names R2, which is withdrawn: counts nowhere.
  right('C4', { riskId: 'R2', organization: 'Акимат г. Актобе', sphere: 'LAND_RELATIONS' }),
  { at: '2026-03-05T05:00:00Z', type: 'RiskWithdrawn', data: { riskId: 'R2', occurredOn: '2026-03-05' } },
  // R1 moves to land relations (recorded in April): C2 moves with it, C3 keeps its own sphere.
  {
    at: '2026-04-10T05:00:00Z',
    type: 'RiskReclassified',
    data: { riskId: 'R1', sphere: 'LAND_RELATIONS', occurredOn: '2026-04-10' },
  },
  {
    at: '2026-04-11T05:00:00Z',
    type: 'RightRestored',
    data: { caseId: 'C5', region: 'KZ-71', riskId: 'R3', peopleCount: 2, occurredOn: '2026-03-01' },
  },
];
const model = modelOf(recorded(history));
const period = { from: '2026-01-01', to: '2026-03-31' };
const cases = (filter: KpiFilter, asOf?: string) =>
  kpiSummary(model, { period, filter, asOf: asOf ?? null, kpis: ['rightsRestoredCases'] }).kpis[0]!.current
    .value;

describe('rights restored by sphere and organization', () => {
  it('count under a sphere the cases of that sphere, whether their own or their risk’s', () => {
    expect(cases({ spheres: ['LAND_RELATIONS'] })).toBe(3); // C1 own, C2 through R1 as reclassified, C5 through R3
    expect(cases({ spheres: ['EDUCATION'] })).toBe(1); // C3
    expect(cases({ spheres: ['CONSTRUCTION'] })).toBe(0);
  });

  it('follow their risk’s sphere as known at asOf', () => {
    const endOfMarch = '2026-03-31T18:59:59Z';
    expect(cases({ spheres: ['CONSTRUCTION'] }, endOfMarch)).toBe(1); // C2, R1 not yet reclassified
    expect(cases({ spheres: ['LAND_RELATIONS'] }, endOfMarch)).toBe(1); // C1; C5 not yet recorded
  });

  it('count under an organization the cases of that body in its region, with or without a named risk', () => {
    expect(cases({ organizations: ['акимат г. актобе'] })).toBe(3); // C1, C2, C3
    expect(cases({ organizations: ['Отдел земельных отношений'] })).toBe(1); // C5 (Astana); C4 is withdrawn
    expect(cases({ organizations: ['Отдел земельных отношений'], regions: ['KZ-15'] })).toBe(0);
  });

  it('break down by sphere and organization, the organization with its region, and skip a withdrawn risk', () => {
    const bySphere = chart(model, {
      measures: ['rightsRestoredCases'],
      dimensions: [{ dimension: 'sphere' }],
      period,
    });
    expect(bySphere.rows.filter((r) => r.values[0] !== 0).map((r) => [r.keys[0]!.key, r.values[0]])).toEqual([
      ['LAND_RELATIONS', 3],
      ['EDUCATION', 1],
    ]);
    const byOrg = chart(model, {
      measures: ['rightsRestoredCases'],
      dimensions: [{ dimension: 'organization' }],
      period,
    });
    expect(byOrg.rows.filter((r) => r.values[0] !== 0).map((r) => [r.keys[0]!.key, r.values[0]])).toEqual([
      ['KZ-15|акимат г. актобе', 3],
      ['KZ-71|отдел земельных отношений', 1],
    ]);
    expect(cases({})).toBe(4);
  });
});
