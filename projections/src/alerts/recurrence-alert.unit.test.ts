import { MAX_ANNOUNCED_PER_FIRING } from '@kpi/schema';
import { describe, expect, it } from 'vitest';
import { type ExampleEvent, modelOf, recorded } from '../../test/fold.ts';
import { targetsProjection } from '../targets/projection.ts';
import { type EvaluatedRule, evaluateConditions } from './conditions.ts';
import { type FiringState, NEVER_FIRED, transitionsOf } from './transitions.ts';

const ORG = 'Акимат Актюбинской области';
const PROCESS = 'Выдача земельных участков';

const risk = (id: string, on: string, region = 'KZ-15', organization = ORG): ExampleEvent => ({
  at: `${on}T05:00:00Z`,
  type: 'RiskIdentified',
  data: {
    riskId: id,
    region,
    organization,
    process: PROCESS,
    sphere: 'LAND_RELATIONS',
    causeCategory: 'EXCESSIVE_DISCRETION',
    source: 'EXTERNAL_ANALYSIS',
    occurredOn: on,
  },
});
const removed = (
  id: string,
  riskIds: string[],
  on: string,
  region = 'KZ-15',
  organization = ORG,
): ExampleEvent => ({
  at: `${on}T06:00:00Z`,
  type: 'ProcessTransformed',
  data: {
    transformationId: id,
    region,
    organization,
    process: PROCESS,
    kind: 'DIGITISED',
    removesRiskIds: riskIds,
    implementsRecommendationIds: [],
    occurredOn: on,
  },
});

const rule = (unit: 'KZ' | 'KZ-15' | 'KZ-71' = 'KZ-15'): EvaluatedRule => ({
  ruleId: `recurrence-${unit}`,
  condition: { kind: 'RECURRENCE_APPEARED', unit },
});
const targets = targetsProjection.initialState();
const now = new Date('2026-06-01T00:00:00Z');
const judge = (events: ExampleEvent[], unit: 'KZ' | 'KZ-15' | 'KZ-71' = 'KZ-15') => {
  const kpis = modelOf(recorded(events));
  const [condition] = evaluateConditions([rule(unit)], { targets, kpis, now });
  return { condition: condition!, judgedAt: { kpi: kpis.position, targets: 0 } };
};
/** The log's state after a firing announced `ids` (sequence `sequence`), as the services keep it. */
const firedWith = (sequence: number, ids: string[], previous?: FiringState): FiringState => ({
  sequence,
  firing: true,
  judgedAt: { kpi: 0, targets: 0 },
  announced: new Set([...(previous?.announced ?? []), ...ids]),
});

const removedOnce = [risk('a1', '2026-01-10'), removed('t1', ['a1'], '2026-03-01')];
const cameBack = [...removedOnce, risk('b1', '2026-05-02')];

describe('a recurrence appearing, alerted', () => {
  it('given a removed scheme and no risk since, when judged, then nothing is open and nothing fires', () => {
    const { condition, judgedAt } = judge(removedOnce);
    expect(condition).toMatchObject({ holds: false, recurrences: [] });
    expect(transitionsOf([condition], () => NEVER_FIRED, judgedAt)).toEqual([]);
  });

  it('given the scheme came back within 365 days, when judged, then it fires once naming the organization, process and risk', () => {
    const { condition, judgedAt } = judge(cameBack);
    const [fired, ...more] = transitionsOf([condition], () => NEVER_FIRED, judgedAt);
    expect(more).toEqual([]);
    expect(fired).toMatchObject({
      type: 'AlertFired',
      sequence: 1,
      announced: ['b1'],
      condition: {
        unit: 'KZ-15',
        link: '/overview?region=KZ-15&from=2026-05-02&to=2026-05-02',
        numbers: {
          actual: 1,
          value: 1,
          recurrence: {
            riskId: 'b1',
            removedRiskId: 'a1',
            organization: ORG,
            process: PROCESS,
            causeCategory: 'EXCESSIVE_DISCRETION',
            region: 'KZ-15',
            identifiedOn: '2026-05-02',
            removedOn: '2026-03-01',
          },
        },
      },
    });
  });

  it('given that recurrence was announced and is still open, when judged again, then it does not repeat', () => {
    const { condition, judgedAt } = judge(cameBack);
    expect(transitionsOf([condition], () => firedWith(1, ['b1']), judgedAt)).toEqual([]);
  });

  it('given a second recurrence appears while the first is open, when judged, then only the new one is announced', () => {
    const { condition, judgedAt } = judge([...cameBack, risk('b2', '2026-05-20')]);
    const [fired, ...more] = transitionsOf([condition], () => firedWith(1, ['b1']), judgedAt);
    expect(more).toEqual([]);
    expect(fired).toMatchObject({
      type: 'AlertFired',
      sequence: 2,
      announced: ['b2'],
      condition: { numbers: { actual: 1, value: 2, recurrence: { riskId: 'b2' } } },
    });
  });

  it('given every recurring risk removed in turn, when judged, then the alert clears', () => {
    const { condition, judgedAt } = judge([...cameBack, removed('t2', ['b1'], '2026-05-25')]);
    expect(condition.holds).toBe(false);
    expect(transitionsOf([condition], () => firedWith(1, ['b1']), judgedAt)).toMatchObject([
      { type: 'AlertCleared', sequence: 1 },
    ]);
  });

  it('given a risk more than 365 days after the removal, when judged, then it is no recurrence', () => {
    const { condition } = judge([...removedOnce, risk('late', '2027-03-02')]);
    expect(condition.recurrences).toEqual([]);
  });

  it('given the scheme came back in another region, when judged, then that region and the country see it, this one does not', () => {
    const elsewhere = [
      risk('x1', '2026-01-10', 'KZ-71', 'Акимат Астаны'),
      removed('tx', ['x1'], '2026-03-01', 'KZ-71', 'Акимат Астаны'),
      risk('x2', '2026-04-01', 'KZ-71', 'Акимат Астаны'),
    ];
    expect(judge(elsewhere, 'KZ-15').condition.recurrences).toEqual([]);
    expect(judge(elsewhere, 'KZ-71').condition.recurrences?.map((r) => r.riskId)).toEqual(['x2']);
    expect(judge(elsewhere, 'KZ').condition.recurrences?.map((r) => r.region)).toEqual(['KZ-71']);
  });

  it('given more new recurrences than one firing keeps, when judged twice, then the rest are announced by the next firing', () => {
    const many = Array.from({ length: MAX_ANNOUNCED_PER_FIRING + 1 }, (_, k) =>
      risk(`m${String(k).padStart(4, '0')}`, '2026-04-01'),
    );
    const { condition, judgedAt } = judge([...removedOnce, ...many]);
    const [first] = transitionsOf([condition], () => NEVER_FIRED, judgedAt);
    expect(first?.announced).toHaveLength(MAX_ANNOUNCED_PER_FIRING);
    const [second] = transitionsOf([condition], () => firedWith(1, [...first!.announced!]), judgedAt);
    expect(second).toMatchObject({ type: 'AlertFired', sequence: 2, announced: ['m1000'] });
  });
});
