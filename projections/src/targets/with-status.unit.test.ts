import { describe, expect, it } from 'vitest';
import { type ExampleEvent, modelOf, recorded } from '../../test/fold.ts';
import { targetsAsOf } from './as-of.ts';
import { targetsProjection } from './projection.ts';
import { targetsWithStatus } from './with-status.ts';

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
const withdrawn = (at: string): ExampleEvent => ({
  at,
  type: 'TargetWithdrawn',
  submittedBy: 'chair',
  data: { kpi: 'causesRemoved', unit: 'KZ-15', period: '2026-Q2', occurredOn: at.slice(0, 10) },
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

const targetsOf = (events: ExampleEvent[]) =>
  recorded(events).reduce(targetsProjection.evolve, targetsProjection.initialState());

describe('targets as of an instant', () => {
  const state = targetsOf([
    target('2026-04-02T04:00:00Z', 4),
    target('2026-04-20T04:00:00Z', 6),
    withdrawn('2026-05-10T04:00:00Z'),
    target('2026-04-02T04:00:00Z', 0.5, { kpi: 'removalRate', unit: 'KZ' }),
  ]);
  const values = (asOf?: string) =>
    targetsAsOf(state, { asOfMs: asOf ? Date.parse(asOf) : null }).map((t) => [t.id, t.value]);

  it('shows no target before it was recorded, then the one in force, and none once withdrawn', () => {
    expect(values('2026-04-01T00:00:00Z')).toEqual([]);
    expect(values('2026-04-02T04:00:00Z')).toEqual([
      ['causesRemoved.KZ-15.2026-Q2', 4],
      ['removalRate.KZ.2026-Q2', 0.5],
    ]);
    expect(values('2026-05-01T00:00:00Z')).toEqual([
      ['causesRemoved.KZ-15.2026-Q2', 6],
      ['removalRate.KZ.2026-Q2', 0.5],
    ]);
    expect(values()).toEqual([['removalRate.KZ.2026-Q2', 0.5]]);
  });

  it('filters by unit, period and KPI', () => {
    expect(targetsAsOf(state, { unit: 'KZ' }).map((t) => t.kpi)).toEqual(['removalRate']);
    expect(targetsAsOf(state, { period: '2026-Q3' })).toEqual([]);
    expect(
      targetsAsOf(state, { kpi: 'removalRate', asOfMs: Date.parse('2026-04-03T00:00:00Z') }),
    ).toHaveLength(1);
  });
});

describe('targets with their status', () => {
  // Aktobe: 4 risks found in April, 2 removed on 2026-05-15, 2 more on 2026-06-20. Astana removes 5.
  const events: ExampleEvent[] = [
    ...['a1', 'a2', 'a3', 'a4'].map((id) => risk(id, 'KZ-15', '2026-04-03')),
    ...['s1', 's2', 's3', 's4', 's5'].map((id) => risk(id, 'KZ-71', '2026-04-03')),
    removed('t1', ['a1', 'a2'], 'KZ-15', '2026-05-15'),
    removed('t2', ['s1', 's2', 's3', 's4', 's5'], 'KZ-71', '2026-05-15'),
    removed('t3', ['a3', 'a4'], 'KZ-15', '2026-06-20'),
  ];
  const kpis = modelOf(recorded(events));
  const targets = targetsOf([target('2026-04-02T04:00:00Z', 4)]);
  const at = (asOf: string) =>
    targetsWithStatus(targets, kpis, { asOf, now: new Date('2030-01-01T00:00:00Z') })[0];

  it('holds a count to its pro-rated share while the quarter runs', () => {
    // On 2026-05-14 (44 of 91 days) nothing is removed yet: held to 4 x 44/91 = 1.93.
    expect(at('2026-05-14T12:00:00Z')).toMatchObject({
      judged: { from: '2026-04-01', to: '2026-05-14' },
      actual: 0,
      status: 'OFF_TRACK',
    });
    expect(at('2026-05-14T12:00:00Z')!.heldTo).toBeCloseTo((4 * 44) / 91, 12);
    // On 2026-05-15 two are removed in Aktobe (Astana's five do not count): 2 >= 4 x 45/91.
    expect(at('2026-05-15T12:00:00Z')).toMatchObject({ actual: 2, status: 'MET' });
    // On 2026-06-19, 2 against 4 x 80/91 = 3.52: below 0.9 x 3.52 = 3.16.
    expect(at('2026-06-19T12:00:00Z')).toMatchObject({ actual: 2, status: 'OFF_TRACK' });
    expect(at('2026-06-20T12:00:00Z')).toMatchObject({ actual: 4, status: 'MET' });
  });

  it('judges a finished period over all its days, and a period not begun not at all', () => {
    expect(at('2026-08-01T00:00:00Z')).toMatchObject({
      judged: { from: '2026-04-01', to: '2026-06-30' },
      heldTo: 4,
      actual: 4,
      status: 'MET',
      elapsedShare: 1,
    });
    const early = targetsOf([target('2026-03-01T04:00:00Z', 4)]);
    expect(
      targetsWithStatus(early, kpis, { asOf: '2026-03-20T00:00:00Z', now: new Date() })[0],
    ).toMatchObject({
      judged: null,
      status: null,
    });
  });

  it('judges the country over every region, and has no status for a rate over nothing', () => {
    const country = targetsOf([
      target('2026-04-02T04:00:00Z', 9, { unit: 'KZ' }),
      target('2026-04-02T04:00:00Z', 0.5, { unit: 'KZ-10', kpi: 'removalRate' }),
    ]);
    const [count, rate] = targetsWithStatus(country, kpis, { now: new Date('2026-07-01T00:00:00Z') });
    expect(count).toMatchObject({ unit: 'KZ', actual: 9, status: 'MET' });
    expect(rate).toMatchObject({ unit: 'KZ-10', actual: null, status: null });
  });
});
