import { describe, expect, it } from 'vitest';
import { type ExampleEvent, recorded } from '../../test/fold.ts';
import { perception } from './perception.ts';
import { outcomesProjection } from './projection.ts';
import { receptions } from './receptions.ts';

let n = 0;
const uuid = () => {
  n += 1;
  return `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
};

const survey = (at: string, over: Record<string, unknown>): ExampleEvent => ({
  at,
  type: 'PerceptionSurveyConducted',
  data: {
    surveyId: uuid(),
    unit: 'KZ-15',
    group: 'CITIZENS',
    respondents: 1000,
    facedCorruptionShare: 0.2,
    perceptionIndex: 60,
    method: 'TELEPHONE',
    occurredOn: '2026-05-10',
    ...over,
  },
});
const withdrawn = (at: string, surveyId: unknown): ExampleEvent => ({
  at,
  type: 'PerceptionSurveyWithdrawn',
  data: { surveyId, reason: 'entered twice', occurredOn: at.slice(0, 10) },
});
const reception = (at: string, over: Record<string, unknown>): ExampleEvent => ({
  at,
  type: 'CitizenReceptionHeld',
  data: {
    receptionId: uuid(),
    unit: 'KZ-15',
    citizensReceived: 10,
    issuesRaised: 2,
    occurredOn: '2026-05-10',
    ...over,
  },
});
const risk = (at: string, over: Record<string, unknown>): ExampleEvent => ({
  at,
  type: 'RiskIdentified',
  data: {
    riskId: uuid(),
    region: 'KZ-15',
    organization: 'Акимат',
    process: 'Земля',
    sphere: 'LAND_RELATIONS',
    causeCategory: 'EXCESSIVE_DISCRETION',
    source: 'CITIZEN_RECEPTION',
    description: 'без критериев',
    occurredOn: '2026-05-12',
    ...over,
  },
});

const stateOf = (events: ExampleEvent[]) =>
  recorded(events).reduce(outcomesProjection.evolve, outcomesProjection.initialState());
const Q2 = { from: '2026-04-01', to: '2026-06-30' };
const ms = (iso: string) => Date.parse(iso);

describe('perception', () => {
  const early = survey('2026-05-11T05:00:00Z', { perceptionIndex: 50, occurredOn: '2026-05-10' });
  const later = survey('2026-06-02T05:00:00Z', {
    perceptionIndex: 58,
    facedCorruptionShare: 0.25,
    respondents: 600,
    occurredOn: '2026-06-01',
  });
  // Recorded first but with the later fieldwork date: the fieldwork date decides, not the recording.
  const astana = survey('2026-04-20T05:00:00Z', {
    unit: 'KZ-71',
    perceptionIndex: 70,
    facedCorruptionShare: 0.1,
    respondents: 400,
    occurredOn: '2026-04-15',
  });
  const march = survey('2026-04-02T05:00:00Z', { perceptionIndex: 99, occurredOn: '2026-03-31' });

  it('takes the latest survey by fieldwork date in the period, per unit and group', () => {
    const state = stateOf([later, early, astana, march]);
    const { rows, means } = perception(state, Q2);
    expect(
      rows.map((r) => [r.unit, r.group, r.perceptionIndex, r.facedCorruptionShare, r.respondents]),
    ).toEqual([
      ['KZ-15', 'CITIZENS', 58, 0.25, 600],
      ['KZ-71', 'CITIZENS', 70, 0.1, 400],
    ]);
    // (58 x 600 + 70 x 400) / 1000 = 62.8; (0.25 x 600 + 0.1 x 400) / 1000 = 0.19
    expect(means).toHaveLength(1);
    expect(means[0]).toMatchObject({ group: 'CITIZENS', units: 2, respondents: 1000 });
    expect(means[0]!.perceptionIndex).toBeCloseTo(62.8, 10);
    expect(means[0]!.facedCorruptionShare).toBeCloseTo(0.19, 10);
  });

  it('breaks a tie of fieldwork dates by recording order', () => {
    const first = survey('2026-05-11T05:00:00Z', { perceptionIndex: 40 });
    const second = survey('2026-05-12T05:00:00Z', { perceptionIndex: 45 });
    expect(perception(stateOf([first, second]), Q2).rows.map((r) => r.perceptionIndex)).toEqual([45]);
  });

  it('counts a withdrawn survey nowhere, and as it stood before its withdrawal with asOf', () => {
    const state = stateOf([early, later, withdrawn('2026-06-05T05:00:00Z', later.data.surveyId)]);
    expect(perception(state, Q2).rows.map((r) => r.perceptionIndex)).toEqual([50]);
    expect(
      perception(state, { ...Q2, asOfMs: ms('2026-06-03T00:00:00Z') }).rows.map((r) => r.perceptionIndex),
    ).toEqual([58]);
    expect(perception(state, { ...Q2, asOfMs: ms('2026-05-01T00:00:00Z') }).rows).toEqual([]);
  });

  it('keeps groups apart, filters units, and leaves the country row out of the mean', () => {
    const students = survey('2026-05-11T05:00:00Z', {
      group: 'STUDENTS',
      perceptionIndex: 30,
      respondents: 200,
    });
    const country = survey('2026-05-11T05:00:00Z', { unit: 'KZ', perceptionIndex: 10, respondents: 5000 });
    const state = stateOf([early, students, country, astana]);
    const all = perception(state, Q2);
    expect(all.rows.map((r) => `${r.unit} ${r.group}`)).toEqual([
      'KZ CITIZENS',
      'KZ-15 CITIZENS',
      'KZ-15 STUDENTS',
      'KZ-71 CITIZENS',
    ]);
    // (50 x 1000 + 70 x 400) / 1400 = 55.714...
    expect(all.means.map((m) => [m.group, m.units, m.respondents])).toEqual([
      ['CITIZENS', 2, 1400],
      ['STUDENTS', 1, 200],
    ]);
    expect(all.means[0]!.perceptionIndex).toBeCloseTo(78000 / 1400, 10);
    const aktobe = perception(state, { ...Q2, units: ['KZ-15'], group: 'STUDENTS' });
    expect(aktobe.rows.map((r) => r.perceptionIndex)).toEqual([30]);
  });

  it('reads a district’s surveys only when asked, and region-wide ones otherwise', () => {
    const city = survey('2026-05-20T05:00:00Z', {
      district: '151010000',
      districtName: 'Актобе',
      perceptionIndex: 66,
    });
    const other = survey('2026-05-21T05:00:00Z', { district: '152010000', perceptionIndex: 52 });
    const state = stateOf([early, city, other]);
    expect(perception(state, Q2).rows.map((r) => r.perceptionIndex)).toEqual([50]);
    expect(perception(state, { ...Q2, district: '151010000' }).rows).toMatchObject([
      { district: '151010000', districtName: 'Актобе', perceptionIndex: 66 },
    ]);
    expect(perception(state, { ...Q2, byDistrict: true }).rows.map((r) => r.district)).toEqual([
      '151010000',
      '152010000',
    ]);
  });
});

describe('receptions', () => {
  it("counts a central body's receptions and its risks from receptions under the body, not the region", () => {
    const state = stateOf([
      reception('2026-05-10T05:00:00Z', { citizensReceived: 12, issuesRaised: 3 }),
      reception('2026-05-11T05:00:00Z', {
        unit: 'MIN-HEALTH',
        region: 'KZ-15',
        citizensReceived: 20,
        issuesRaised: 4,
      }),
      reception('2026-05-12T05:00:00Z', { unit: 'MIN-HEALTH', citizensReceived: 2, issuesRaised: 1 }),
      risk('2026-05-13T05:00:00Z', { centralBody: 'MIN-HEALTH', occurredOn: '2026-05-12' }),
    ]);
    expect(receptions(state, { ...Q2, units: ['KZ-15'] }).total).toMatchObject({
      receptions: 1,
      citizensReceived: 12,
      risksFromReceptions: 0,
    });
    expect(receptions(state, { ...Q2, units: ['MIN-HEALTH'] }).rows).toEqual([
      {
        unit: 'MIN-HEALTH',
        receptions: 2,
        citizensReceived: 22,
        issuesRaised: 5,
        risksFromReceptions: 1,
        risksPerReception: 0.5,
      },
    ]);
    // The country counts every unit.
    expect(receptions(state, Q2).total).toMatchObject({
      receptions: 3,
      citizensReceived: 34,
      risksFromReceptions: 1,
    });
  });

  it('counts receptions, citizens, issues and reception-sourced risks per reception, per region', () => {
    const state = stateOf([
      reception('2026-05-10T05:00:00Z', { citizensReceived: 12, issuesRaised: 3 }),
      reception('2026-05-20T05:00:00Z', { citizensReceived: 0, issuesRaised: 0, district: '151010000' }),
      reception('2026-05-20T05:00:00Z', { unit: 'KZ-71', citizensReceived: 7, issuesRaised: 1 }),
      reception('2026-03-20T05:00:00Z', { citizensReceived: 100, occurredOn: '2026-03-20' }),
      risk('2026-05-12T05:00:00Z', {}),
      risk('2026-05-13T05:00:00Z', { occurredOn: '2026-05-13', district: '151010000' }),
      risk('2026-05-13T05:00:00Z', { source: 'MEDIA_REPORT', district: '151010000' }),
      risk('2026-03-13T05:00:00Z', { occurredOn: '2026-03-13' }),
    ]);
    const { rows, total } = receptions(state, Q2);
    expect(rows).toEqual([
      {
        unit: 'KZ-15',
        receptions: 2,
        citizensReceived: 12,
        issuesRaised: 3,
        risksFromReceptions: 2,
        risksPerReception: 1,
      },
      {
        unit: 'KZ-71',
        receptions: 1,
        citizensReceived: 7,
        issuesRaised: 1,
        risksFromReceptions: 0,
        risksPerReception: 0,
      },
    ]);
    expect(total).toEqual({
      unit: null,
      receptions: 3,
      citizensReceived: 19,
      issuesRaised: 4,
      risksFromReceptions: 2,
      risksPerReception: 2 / 3,
    });
    expect(receptions(state, { ...Q2, district: '151010000' }).rows).toEqual([
      {
        unit: 'KZ-15',
        receptions: 1,
        citizensReceived: 0,
        issuesRaised: 0,
        // Only the district's risk from a reception: the media report's is of another source.
        risksFromReceptions: 1,
        risksPerReception: 1,
      },
    ]);
  });

  it('counts a risk of another source once reclassified to a reception, in the district it was moved to, unless withdrawn', () => {
    const moved = risk('2026-05-12T05:00:00Z', { source: 'MEDIA_REPORT', district: '151010000' });
    const gone = risk('2026-05-12T06:00:00Z', { source: 'INTERNAL_ANALYSIS', district: '151010000' });
    const reclassified = (at: string, riskId: unknown, over: Record<string, unknown>): ExampleEvent => ({
      at,
      type: 'RiskReclassified',
      data: { riskId, reason: 'уточнено', occurredOn: at.slice(0, 10), ...over },
    });
    const state = stateOf([
      reception('2026-05-10T05:00:00Z', { district: '151020000' }),
      moved,
      gone,
      // Its district first, its source later: both known from when they were recorded.
      reclassified('2026-05-20T05:00:00Z', moved.data.riskId, { district: '151020000' }),
      {
        at: '2026-05-21T05:00:00Z',
        type: 'RiskWithdrawn',
        data: { riskId: gone.data.riskId, reason: 'ошибка', occurredOn: '2026-05-21' },
      },
      reclassified('2026-06-02T05:00:00Z', moved.data.riskId, { source: 'CITIZEN_RECEPTION' }),
      reclassified('2026-06-03T05:00:00Z', gone.data.riskId, { source: 'CITIZEN_RECEPTION' }),
    ]);
    const inDistrict = (district: string, asOf?: string) =>
      receptions(state, { ...Q2, district, ...(asOf ? { asOfMs: ms(asOf) } : {}) }).total.risksFromReceptions;
    expect(inDistrict('151020000')).toBe(1);
    expect(inDistrict('151010000')).toBe(0);
    expect(inDistrict('151020000', '2026-06-01T00:00:00Z')).toBe(0);
    expect(receptions(state, Q2).total.risksFromReceptions).toBe(1);
  });

  it('follows a withdrawal and a change of source from when they were recorded (asOf)', () => {
    const a = risk('2026-05-12T05:00:00Z', {});
    const b = risk('2026-05-12T06:00:00Z', { source: 'MEDIA_REPORT' });
    const state = stateOf([
      reception('2026-05-10T05:00:00Z', {}),
      a,
      b,
      {
        at: '2026-06-01T05:00:00Z',
        type: 'RiskWithdrawn',
        data: { riskId: a.data.riskId, reason: 'ошибка', occurredOn: '2026-06-01' },
      },
      {
        at: '2026-06-02T05:00:00Z',
        type: 'RiskReclassified',
        data: {
          riskId: b.data.riskId,
          source: 'CITIZEN_RECEPTION',
          reason: 'уточнено',
          occurredOn: '2026-06-02',
        },
      },
    ]);
    const at = (iso: string) => receptions(state, { ...Q2, asOfMs: ms(iso) }).total.risksFromReceptions;
    expect(at('2026-05-31T00:00:00Z')).toBe(1);
    expect(at('2026-06-01T12:00:00Z')).toBe(0);
    expect(receptions(state, Q2).total.risksFromReceptions).toBe(1);
    expect(receptions(state, { ...Q2, asOfMs: ms('2026-05-01T00:00:00Z') }).total).toMatchObject({
      receptions: 0,
      risksPerReception: null,
    });
  });
});
