import { describe, expect, it } from 'vitest';
import { type ExampleEvent, modelOf, recorded } from '../../test/fold.ts';
import { KpiQueryError } from '../kpi/index.ts';
import { chartAgainstTargets } from './chart-targets.ts';
import { targetsProjection } from './projection.ts';

const target = (at: string, value: number, over: Record<string, unknown> = {}): ExampleEvent => ({
  at,
  type: 'TargetSet',
  submittedBy: 'chair',
  data: {
    kpi: 'causesRemoved',
    unit: 'KZ-15',
    period: '2026-Q2',
    value,
    direction: 'AT_LEAST',
    occurredOn: at.slice(0, 10),
    ...over,
  },
});
const risk = (id: string, region: string, on: string): ExampleEvent => ({
  at: `${on}T05:00:00Z`,
  type: 'RiskIdentified',
  data: {
    riskId: id,
    region,
    organization: 'Акимат',
    process: 'Земельные участки',
    sphere: 'LAND_RELATIONS',
    causeCategory: 'EXCESSIVE_DISCRETION',
    source: 'EXTERNAL_ANALYSIS',
    occurredOn: on,
  },
});
const removed = (id: string, riskIds: string[], region: string, on: string): ExampleEvent => ({
  at: `${on}T06:00:00Z`,
  type: 'ProcessTransformed',
  data: {
    transformationId: id,
    region,
    organization: 'Акимат',
    process: 'Земельные участки',
    kind: 'DIGITISED',
    removesRiskIds: riskIds,
    implementsRecommendationIds: [],
    occurredOn: on,
  },
});

const kpis = modelOf(
  recorded([
    ...['a1', 'a2', 'a3'].map((id) => risk(id, 'KZ-15', '2026-04-02')),
    risk('s1', 'KZ-71', '2026-04-02'),
    // The ministry's own work in Aktobe: the ministry's, not Aktobe's.
    {
      ...risk('h1', 'KZ-15', '2026-04-02'),
      data: { ...risk('h1', 'KZ-15', '2026-04-02').data, centralBody: 'MIN-HEALTH' },
    },
    {
      ...removed('th', ['h1'], 'KZ-15', '2026-04-25'),
      data: { ...removed('th', ['h1'], 'KZ-15', '2026-04-25').data, centralBody: 'MIN-HEALTH' },
    },
    removed('t1', ['a1', 'a2'], 'KZ-15', '2026-04-20'),
    removed('t2', ['a3'], 'KZ-15', '2026-05-20'),
    removed('t3', ['s1'], 'KZ-71', '2026-04-20'),
  ]),
);
const targets = recorded([
  target('2026-04-01T04:00:00Z', 91),
  target('2026-05-25T04:00:00Z', 182),
  target('2026-04-01T04:00:00Z', 2, { unit: 'KZ-71' }),
  target('2026-04-01T04:00:00Z', 9, { unit: 'KZ' }),
  target('2026-04-01T04:00:00Z', 3, { unit: 'MIN-HEALTH' }),
]).reduce(targetsProjection.evolve, targetsProjection.initialState());
const later = new Date('2026-12-01T00:00:00Z');
const monthly = { dimensions: [{ dimension: 'time', granularity: 'month' }] };
const q2 = { from: '2026-04-01', to: '2026-06-30' };

describe('a chart against targets', () => {
  it('puts a region’s target and gap beside its KPI, month by month, as the targets were then', () => {
    const spec = {
      measures: ['causesRemoved', 'target_causesRemoved', 'gapToTarget_causesRemoved'],
      filter: { regions: ['KZ-15'] },
      period: q2,
      ...monthly,
    };
    const before = chartAgainstTargets(kpis, targets, { ...spec, asOf: '2026-05-01T00:00:00Z' }, later);
    expect(before.measures).toEqual(spec.measures);
    // On 2026-05-01 the target was 91: 30 in April, 31 asked in May; by then May has 1 day judged.
    const [april, may, june] = before.rows.map((r) => r.values);
    expect(april![0]).toBe(2);
    expect(april![1]).toBeCloseTo(30, 9);
    expect(april![2]).toBeCloseTo(2 - 30, 9);
    expect(may![1]).toBeCloseTo(31, 9);
    expect(may![2]).toBeCloseTo(0 - 1, 9);
    expect(june![2]).toBeNull();
    // Now: the target replaced by 182 (twice as much a day), every month judged whole.
    const now = chartAgainstTargets(kpis, targets, spec, later);
    expect(now.rows[1]!.values[1]).toBeCloseTo(62, 9);
    expect(now.rows[1]!.values[2]).toBeCloseTo(1 - 62, 9);
  });

  it('reads each region’s own target by region, and the country’s without a region filter', () => {
    const byRegion = chartAgainstTargets(
      kpis,
      targets,
      {
        measures: ['target_causesRemoved', 'gapToTarget_causesRemoved'],
        period: q2,
        dimensions: [{ dimension: 'region' }],
      },
      later,
    );
    const row = (code: string) => byRegion.rows.find((r) => r.keys[0]!.key === code)!.values;
    expect(row('KZ-15')[0]).toBeCloseTo(182, 9);
    expect(row('KZ-71')).toEqual([2, -1]);
    expect(row('KZ-11')).toEqual([null, null]);
    const country = chartAgainstTargets(
      kpis,
      targets,
      { measures: ['gapToTarget_causesRemoved'], period: q2 },
      later,
    );
    // The country counts every unit's work: Aktobe's three, Astana's one and the ministry's one.
    expect(country.rows[0]!.values).toEqual([5 - 9]);
  });

  it("reads a central body's target by body, or with the body filtered, against the body's own work", () => {
    const byBody = chartAgainstTargets(
      kpis,
      targets,
      {
        measures: ['causesRemoved', 'target_causesRemoved', 'gapToTarget_causesRemoved'],
        period: q2,
        dimensions: [{ dimension: 'centralBody' }],
      },
      later,
    );
    const row = (code: string) => byBody.rows.find((r) => r.keys[0]!.key === code)?.values;
    expect(row('MIN-HEALTH')).toEqual([1, 3, 1 - 3]);
    // The regions' own work is no body's: it has no target.
    expect(row('')?.slice(1)).toEqual([null, null]);
    const filtered = chartAgainstTargets(
      kpis,
      targets,
      { measures: ['gapToTarget_causesRemoved'], period: q2, filter: { units: ['MIN-HEALTH'] } },
      later,
    );
    expect(filtered.rows[0]!.values).toEqual([1 - 3]);
  });

  it('refuses what a target cannot answer, naming the field', () => {
    const refusal = (spec: object) => {
      try {
        chartAgainstTargets(
          kpis,
          targets,
          { measures: ['target_causesRemoved'], period: q2, ...spec },
          later,
        );
      } catch (e) {
        return e instanceof KpiQueryError ? { field: e.field, code: e.code } : e;
      }
      return null;
    };
    expect(refusal({ measures: ['target_noSuchKpi'] })).toEqual({
      field: 'measures.0',
      code: 'UNKNOWN_MEASURE',
    });
    expect(refusal({ dimensions: [{ dimension: 'sphere' }] })).toMatchObject({
      field: 'dimensions.0.dimension',
    });
    expect(refusal({ filter: { spheres: ['LAND_RELATIONS'] } })).toMatchObject({ field: 'filter.spheres' });
    expect(refusal({ filter: { regions: ['KZ-15', 'KZ-71'] } })).toMatchObject({ field: 'filter.regions' });
    expect(refusal({ filter: { units: ['KZ-15', 'MIN-HEALTH'] } })).toMatchObject({ field: 'filter.units' });
    expect(refusal({ sort: { by: 'target_causesRemoved' } })).toMatchObject({ field: 'sort.by' });
  });
});
