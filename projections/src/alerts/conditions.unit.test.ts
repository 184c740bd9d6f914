import type { CountryOrRegion } from '@kpi/schema';
import { describe, expect, it } from 'vitest';
import { type ExampleEvent, modelOf, recorded } from '../../test/fold.ts';
import { targetsProjection } from '../targets/projection.ts';
import { type EvaluatedRule, evaluateConditions } from './conditions.ts';
import { NEVER_FIRED, transitionsOf } from './transitions.ts';

const target = (value: number, unit = 'KZ-15'): ExampleEvent => ({
  at: '2026-04-02T04:00:00Z',
  type: 'TargetSet',
  submittedBy: 'chair',
  data: {
    kpi: 'causesRemoved',
    unit,
    period: '2026-Q2',
    value,
    direction: 'AT_LEAST',
    occurredOn: '2026-04-02',
  },
});
const risk = (id: string, on: string): ExampleEvent => ({
  at: `${on}T05:00:00Z`,
  type: 'RiskIdentified',
  data: {
    riskId: id,
    region: 'KZ-15',
    organization: 'Акимат',
    process: 'Земельные участки',
    sphere: 'LAND_RELATIONS',
    causeCategory: 'EXCESSIVE_DISCRETION',
    source: 'EXTERNAL_ANALYSIS',
    occurredOn: on,
  },
});
const removed = (id: string, riskIds: string[], on: string): ExampleEvent => ({
  at: `${on}T06:00:00Z`,
  type: 'ProcessTransformed',
  data: {
    transformationId: id,
    region: 'KZ-15',
    organization: 'Акимат',
    process: 'Земельные участки',
    kind: 'DIGITISED',
    removesRiskIds: riskIds,
    implementsRecommendationIds: [],
    occurredOn: on,
  },
});

const rule = (
  statuses: ('MET' | 'AT_RISK' | 'OFF_TRACK')[],
  unit: CountryOrRegion = 'KZ-15',
): EvaluatedRule => ({
  ruleId: `rule-${unit}-${statuses.join('-')}`,
  condition: { kind: 'TARGET_STATUS', kpi: 'causesRemoved', unit, period: '2026-Q2', statuses },
});

const targets = recorded([target(2)]).reduce(targetsProjection.evolve, targetsProjection.initialState());
const before = modelOf(recorded([risk('a1', '2026-04-03'), risk('a2', '2026-04-03')]));
const after = modelOf(
  recorded([risk('a1', '2026-04-03'), risk('a2', '2026-04-03'), removed('t1', ['a1', 'a2'], '2026-05-10')]),
);
// After the quarter: the whole period is judged, the target as it is.
const now = new Date('2026-07-02T00:00:00Z');

describe('alert conditions', () => {
  it('holds a target-status rule when the target has a status named, with the numbers and a drill-down', () => {
    const [offTrack] = evaluateConditions([rule(['MET'])], { targets, kpis: before, now });
    expect(offTrack).toMatchObject({ holds: false, numbers: { status: 'OFF_TRACK', actual: 0, heldTo: 2 } });
    const [met] = evaluateConditions([rule(['MET'])], { targets, kpis: after, now });
    expect(met).toEqual({
      ruleId: 'rule-KZ-15-MET',
      holds: true,
      unit: 'KZ-15',
      numbers: {
        status: 'MET',
        actual: 2,
        heldTo: 2,
        value: 2,
        judgedFrom: '2026-04-01',
        judgedTo: '2026-06-30',
      },
      link: '/overview?region=KZ-15&from=2026-04-01&to=2026-06-30',
    });
  });

  it('does not hold without a target, or before the period begins', () => {
    const [none] = evaluateConditions([rule(['OFF_TRACK'], 'KZ-71')], { targets, kpis: before, now });
    expect(none).toMatchObject({ holds: false, numbers: { status: null, actual: null } });
    expect(none!.link).toBe('/overview?region=KZ-71');
    const [early] = evaluateConditions([rule(['OFF_TRACK'])], {
      targets,
      kpis: before,
      now: new Date('2026-03-01T00:00:00Z'),
    });
    expect(early).toMatchObject({ holds: false, numbers: { status: null } });
  });
});

describe("a central body's target and threshold rules", () => {
  const forBody = (event: ExampleEvent): ExampleEvent => ({
    ...event,
    data: { ...event.data, centralBody: 'MIN-HEALTH' },
  });
  const bodyTargets = recorded([target(2, 'MIN-HEALTH')]).reduce(
    targetsProjection.evolve,
    targetsProjection.initialState(),
  );
  const body = (kind: 'TARGET_STATUS' | 'KPI_THRESHOLD'): EvaluatedRule => ({
    ruleId: `body-${kind}`,
    condition:
      kind === 'TARGET_STATUS'
        ? { kind, kpi: 'causesRemoved', unit: 'MIN-HEALTH', period: '2026-Q2', statuses: ['MET'] }
        : {
            kind,
            kpi: 'causesRemoved',
            unit: 'MIN-HEALTH',
            period: '2026-Q2',
            threshold: 1,
            direction: 'ABOVE',
          },
  });

  it("judges the body on its own figures: Aktobe's removals do not count, the body's do", () => {
    // The region removes two causes of its own: the body's rules do not hold.
    const [status, threshold] = evaluateConditions([body('TARGET_STATUS'), body('KPI_THRESHOLD')], {
      targets: bodyTargets,
      kpis: after,
      now,
    });
    expect(status).toMatchObject({ holds: false, numbers: { status: 'OFF_TRACK', actual: 0, heldTo: 2 } });
    expect(threshold).toMatchObject({ holds: false, numbers: { actual: 0 } });
    const bodyAfter = modelOf(
      recorded([
        forBody(risk('b1', '2026-04-03')),
        forBody(risk('b2', '2026-04-03')),
        forBody(removed('bt', ['b1', 'b2'], '2026-05-10')),
      ]),
    );
    const [met, above] = evaluateConditions([body('TARGET_STATUS'), body('KPI_THRESHOLD')], {
      targets: bodyTargets,
      kpis: bodyAfter,
      now,
    });
    // The link opens the overview for the days judged, where the body's row is in its league.
    expect(met).toMatchObject({
      holds: true,
      unit: 'MIN-HEALTH',
      numbers: { status: 'MET', actual: 2 },
      link: '/overview?from=2026-04-01&to=2026-06-30',
    });
    expect(above).toMatchObject({ holds: true, numbers: { actual: 2, value: 1 } });
  });
});

describe('threshold conditions', () => {
  const threshold = (
    value: number,
    direction: 'ABOVE' | 'BELOW',
    unit: CountryOrRegion = 'KZ-15',
  ): EvaluatedRule => ({
    ruleId: `threshold-${unit}-${direction}-${value}`,
    condition: {
      kind: 'KPI_THRESHOLD',
      kpi: 'causesRemoved',
      unit,
      period: '2026-Q2',
      threshold: value,
      direction,
    },
  });

  it('holds when the KPI over the days judged is strictly beyond the threshold', () => {
    const judged = evaluateConditions([threshold(1, 'ABOVE'), threshold(2, 'ABOVE'), threshold(2, 'BELOW')], {
      targets,
      kpis: after,
      now,
    });
    expect(judged.map((c) => c.holds)).toEqual([true, false, false]);
    expect(judged[0]).toMatchObject({
      numbers: {
        status: null,
        actual: 2,
        heldTo: null,
        value: 1,
        judgedFrom: '2026-04-01',
        judgedTo: '2026-06-30',
      },
      link: '/overview?region=KZ-15&from=2026-04-01&to=2026-06-30',
    });
    // Astana removed nothing: below one.
    const [astana] = evaluateConditions([threshold(1, 'BELOW', 'KZ-71')], { targets, kpis: after, now });
    expect(astana).toMatchObject({ holds: true, numbers: { actual: 0 } });
  });

  it('judges the days so far while the period runs, and nothing before it begins', () => {
    const [early] = evaluateConditions([threshold(1, 'ABOVE')], {
      targets,
      kpis: after,
      now: new Date('2026-05-01T00:00:00Z'),
    });
    expect(early).toMatchObject({ holds: false, numbers: { actual: 0, judgedTo: '2026-05-01' } });
    const [before] = evaluateConditions([threshold(1, 'BELOW')], {
      targets,
      kpis: after,
      now: new Date('2026-03-01T00:00:00Z'),
    });
    expect(before).toMatchObject({ holds: false, numbers: { actual: null, judgedFrom: null } });
  });
});

describe('silent-region conditions', () => {
  const silent = (days: number, unit: CountryOrRegion = 'KZ-15'): EvaluatedRule => ({
    ruleId: `silent-${unit}-${days}`,
    condition: { kind: 'REGION_SILENT', unit, days },
  });

  it('holds when the region recorded nothing for the days named, or never recorded anything', () => {
    // Aktobe's last record is the transformation recorded on 2026-05-10 at 06:00 UTC: 52 whole days before.
    const [month, twoMonths, astana] = evaluateConditions([silent(30), silent(60), silent(1, 'KZ-71')], {
      targets,
      kpis: after,
      now,
    });
    expect(month).toMatchObject({
      holds: true,
      numbers: { status: null, actual: 52, value: 30, judgedFrom: '2026-05-10', judgedTo: '2026-07-02' },
      link: '/overview?region=KZ-15&from=2026-05-10&to=2026-07-02',
    });
    expect(twoMonths).toMatchObject({ holds: false, numbers: { actual: 52, value: 60 } });
    expect(astana).toMatchObject({ holds: true, numbers: { actual: null, judgedFrom: null } });
  });
});

describe('alert transitions', () => {
  const at = (position: number) => ({ kpi: position, targets: position });
  const [holding] = evaluateConditions([rule(['MET'])], { targets, kpis: after, now });
  const [notHolding] = evaluateConditions([rule(['MET'])], { targets, kpis: before, now });

  it('fires when a condition starts to hold, once, and clears when it stops', () => {
    expect(transitionsOf([holding!], () => NEVER_FIRED, at(10))).toEqual([
      { type: 'AlertFired', condition: holding, sequence: 1 },
    ]);
    const open = { sequence: 1, firing: true, judgedAt: at(10) };
    expect(transitionsOf([holding!], () => open, at(11))).toEqual([]);
    expect(transitionsOf([notHolding!], () => open, at(12))).toEqual([
      { type: 'AlertCleared', condition: notHolding, sequence: 1 },
    ]);
    const closed = { sequence: 1, firing: false, judgedAt: at(12) };
    expect(transitionsOf([notHolding!], () => closed, at(13))).toEqual([]);
    expect(transitionsOf([holding!], () => closed, at(14))).toMatchObject([
      { type: 'AlertFired', sequence: 2 },
    ]);
  });

  it('ignores a judgement on read models older than the last one recorded', () => {
    const open = { sequence: 1, firing: true, judgedAt: at(20) };
    expect(transitionsOf([notHolding!], () => open, at(19))).toEqual([]);
    expect(transitionsOf([notHolding!], () => open, { kpi: 25, targets: 19 })).toEqual([]);
  });
});
