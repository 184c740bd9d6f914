import { describe, expect, it } from 'vitest';
import { type ExampleEvent, recorded } from '../../test/fold.ts';
import { perceptionChange } from './perception-change.ts';
import { outcomesProjection } from './projection.ts';

let n = 0;
const survey = (at: string, over: Record<string, unknown>): ExampleEvent => {
  n += 1;
  return {
    at,
    type: 'PerceptionSurveyConducted',
    data: {
      surveyId: `00000000-0000-4000-9000-${String(n).padStart(12, '0')}`,
      unit: 'KZ-15',
      group: 'CITIZENS',
      respondents: 1000,
      facedCorruptionShare: 0.2,
      perceptionIndex: 60,
      method: 'TELEPHONE',
      occurredOn: '2026-05-10',
      ...over,
    },
  };
};
const withdrawn = (at: string, surveyId: unknown): ExampleEvent => ({
  at,
  type: 'PerceptionSurveyWithdrawn',
  data: { surveyId, reason: 'entered twice', occurredOn: at.slice(0, 10) },
});
const stateOf = (events: ExampleEvent[]) =>
  recorded(events).reduce(outcomesProjection.evolve, outcomesProjection.initialState());
const Q2 = { from: '2026-04-01', to: '2026-06-30' };

describe('perceptionChange', () => {
  const lastYear = survey('2025-11-02T05:00:00Z', { perceptionIndex: 52, occurredOn: '2025-10-30' });
  const march = survey('2026-04-02T05:00:00Z', { perceptionIndex: 55, occurredOn: '2026-03-31' });
  const may = survey('2026-05-11T05:00:00Z', { perceptionIndex: 58.5, occurredOn: '2026-05-10' });
  const june = survey('2026-06-02T05:00:00Z', { perceptionIndex: 61, occurredOn: '2026-06-01' });

  it('compares the latest survey before the period with the latest in it', () => {
    const rows = perceptionChange(stateOf([lastYear, march, may, june]), Q2);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      unit: 'KZ-15',
      before: { conductedOn: '2026-03-31', perceptionIndex: 55 },
      latest: { conductedOn: '2026-06-01', perceptionIndex: 61 },
      change: 6,
    });
  });

  it('lists a region with one survey only as no change measurable, not as zero', () => {
    const onlyBefore = survey('2026-01-10T05:00:00Z', { unit: 'KZ-71', occurredOn: '2026-01-09' });
    const rows = perceptionChange(stateOf([may, onlyBefore]), Q2);
    expect(
      rows.map((r) => [
        r.unit,
        r.before?.perceptionIndex ?? null,
        r.latest?.perceptionIndex ?? null,
        r.change,
      ]),
    ).toEqual([
      ['KZ-15', null, 58.5, null],
      ['KZ-71', 60, null, null],
    ]);
  });

  it('counts a withdrawn survey nowhere, and as it stood before the withdrawal with asOf', () => {
    const state = stateOf([march, may, june, withdrawn('2026-06-05T05:00:00Z', june.data.surveyId)]);
    expect(perceptionChange(state, Q2)[0]!.change).toBe(3.5);
    expect(perceptionChange(state, { ...Q2, asOfMs: Date.parse('2026-06-03T00:00:00Z') })[0]!.change).toBe(6);
    const both = stateOf([march, may, withdrawn('2026-05-20T05:00:00Z', march.data.surveyId)]);
    expect(perceptionChange(both, Q2)[0]).toMatchObject({ before: null, change: null });
  });

  it('ignores a survey of another population group, of a district, of the country, or after the period', () => {
    const students = survey('2026-05-12T05:00:00Z', { group: 'STUDENTS', perceptionIndex: 10 });
    const district = survey('2026-05-12T05:00:00Z', { district: '151010000', perceptionIndex: 90 });
    const country = survey('2026-05-12T05:00:00Z', { unit: 'KZ', perceptionIndex: 20 });
    const july = survey('2026-07-02T05:00:00Z', { perceptionIndex: 99, occurredOn: '2026-07-01' });
    const state = stateOf([march, may, students, district, country, july]);
    expect(perceptionChange(state, Q2).map((r) => [r.unit, r.change])).toEqual([['KZ-15', 3.5]]);
    // The students' own change has no survey before the period.
    expect(perceptionChange(state, { ...Q2, group: 'STUDENTS' })).toMatchObject([
      { before: null, change: null },
    ]);
  });

  it('reads one district when asked, and only the regions asked for', () => {
    const before = survey('2026-03-01T05:00:00Z', {
      district: '151010000',
      perceptionIndex: 70,
      occurredOn: '2026-02-28',
    });
    const inIt = survey('2026-05-12T05:00:00Z', { district: '151010000', perceptionIndex: 73.4 });
    const astana = survey('2026-05-12T05:00:00Z', { unit: 'KZ-71' });
    const state = stateOf([march, may, before, inIt, astana]);
    expect(perceptionChange(state, { ...Q2, district: '151010000' })[0]!.change).toBeCloseTo(3.4, 10);
    expect(perceptionChange(state, { ...Q2, units: ['KZ-71'] }).map((r) => r.unit)).toEqual(['KZ-71']);
  });
});
