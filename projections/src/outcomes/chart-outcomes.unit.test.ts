import { describe, expect, it } from 'vitest';
import { type ExampleEvent, modelOf, recorded } from '../../test/fold.ts';
import { type ChartSpec, chart } from '../kpi/index.ts';
import { chartWithOutcomes } from './chart-outcomes.ts';
import { outcomesProjection } from './projection.ts';

let n = 0;
const uuid = () => {
  n += 1;
  return `00000000-0000-4000-9000-${String(n).padStart(12, '0')}`;
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

const events = recorded([
  reception('2026-05-10T05:00:00Z', { citizensReceived: 12 }),
  reception('2026-06-03T05:00:00Z', { citizensReceived: 8, district: '151010000', occurredOn: '2026-06-03' }),
  reception('2026-06-04T05:00:00Z', { unit: 'KZ-71', citizensReceived: 5, occurredOn: '2026-06-04' }),
  // Only receptions and a survey name this district: no risk does.
  reception('2026-06-05T05:00:00Z', {
    citizensReceived: 3,
    district: '153220000',
    districtName: 'Хромтау',
    occurredOn: '2026-06-05',
  }),
  risk('2026-05-12T05:00:00Z', {}),
  risk('2026-06-06T05:00:00Z', { occurredOn: '2026-06-06', district: '151010000' }),
  risk('2026-06-06T06:00:00Z', { occurredOn: '2026-06-06', source: 'MEDIA_REPORT' }),
  survey('2026-04-20T05:00:00Z', { perceptionIndex: 50, respondents: 600, occurredOn: '2026-04-15' }),
  survey('2026-06-02T05:00:00Z', { perceptionIndex: 58, respondents: 600, occurredOn: '2026-06-01' }),
  survey('2026-06-02T06:00:00Z', {
    unit: 'KZ-71',
    perceptionIndex: 70,
    respondents: 400,
    facedCorruptionShare: 0.1,
  }),
  survey('2026-06-07T05:00:00Z', { district: '153220000', perceptionIndex: 44, occurredOn: '2026-06-05' }),
  survey('2026-06-07T06:00:00Z', { group: 'STUDENTS', perceptionIndex: 10, occurredOn: '2026-06-05' }),
]);
const model = modelOf(events);
const outcomes = events.reduce(outcomesProjection.evolve, outcomesProjection.initialState());
const Q2 = { from: '2026-04-01', to: '2026-06-30' };
const run = (spec: Omit<ChartSpec, 'period'> & { period?: ChartSpec['period'] }) =>
  chartWithOutcomes(outcomes, { period: Q2, ...spec }, (s) => chart(model, s));
const table = (c: ReturnType<typeof run>) => c.rows.map((r) => [...r.keys.map((k) => k.key), ...r.values]);

describe('outcome measures in the chart query', () => {
  it('charts receptions, citizens, risks from receptions per reception and perception by region beside a KPI', () => {
    const c = run({
      measures: [
        'causesRemoved',
        'receptionsHeld',
        'citizensReceived',
        'risksPerReception',
        'perceptionIndex',
      ],
      dimensions: [{ dimension: 'region' }],
      filter: { regions: ['KZ-15', 'KZ-71'] },
      sort: { by: 'label' },
    });
    expect(c.measures).toEqual([
      'causesRemoved',
      'receptionsHeld',
      'citizensReceived',
      'risksPerReception',
      'perceptionIndex',
    ]);
    // KZ-15: 3 receptions, 23 citizens, 2 risks from receptions (the media report is not one);
    // its latest region-wide citizens' survey is June's 58 (the students' and the district's are not it).
    expect(table(c)).toEqual([
      ['KZ-15', 0, 3, 23, 2 / 3, 58],
      ['KZ-71', 0, 1, 5, 0, 70],
    ]);
  });

  it('sorts by an outcome measure, and weighs the regions by respondents without a region dimension', () => {
    const byIndex = run({ measures: ['perceptionIndex'], dimensions: [{ dimension: 'region' }], limit: 2 });
    expect(table(byIndex)).toEqual([
      ['KZ-71', 70],
      ['KZ-15', 58],
    ]);
    expect(byIndex.total).toBe(20);
    expect(byIndex.truncated).toBe(true);
    // (58 x 600 + 70 x 400) / 1000
    expect(run({ measures: ['perceptionIndex', 'facedCorruptionShare'] }).rows[0]!.values).toEqual([
      62.8,
      (0.2 * 600 + 0.1 * 400) / 1000,
    ]);
  });

  it('breaks down by district, with the districts only receptions or surveys name, and region level', () => {
    const c = run({
      measures: ['receptionsHeld', 'risksFromReceptions', 'perceptionIndex'],
      dimensions: [{ dimension: 'district' }],
      filter: { regions: ['KZ-15'] },
      sort: { by: 'label' },
    });
    expect(table(c)).toEqual([
      ['151010000', 1, 1, null],
      ['', 1, 1, 58],
      ['153220000', 1, 0, 44],
    ]);
    expect(c.rows[2]!.keys[0]!.label.ru).toBe('Хромтау (153220000)');
    expect(c.rows[1]!.keys[0]!.label.en).toBe('No district (region level)');
  });

  it('reads a month by its own days, and as recorded up to asOf', () => {
    const c = run({
      measures: ['receptionsHeld', 'perceptionIndex'],
      dimensions: [{ dimension: 'time', granularity: 'month' }],
      filter: { regions: ['KZ-15'] },
    });
    expect(table(c)).toEqual([
      ['2026-04', 0, 50],
      ['2026-05', 1, null],
      ['2026-06', 2, 58],
    ]);
    const before = run({ measures: ['receptionsHeld', 'perceptionIndex'], asOf: '2026-06-01T00:00:00Z' });
    expect(before.rows[0]!.values).toEqual([1, 50]);
  });

  it('refuses a dimension or filter receptions and surveys do not have, naming the field', () => {
    expect(() => run({ measures: ['receptionsHeld'], dimensions: [{ dimension: 'sphere' }] })).toThrow(
      expect.objectContaining({ code: 'INVALID_COMBINATION', field: 'dimensions.0.dimension' }),
    );
    expect(() => run({ measures: ['perceptionIndex'], filter: { spheres: ['LAND_RELATIONS'] } })).toThrow(
      expect.objectContaining({ field: 'filter.spheres' }),
    );
    expect(() => run({ measures: ['perceptionIndex'], limit: 0 })).toThrow(
      expect.objectContaining({ code: 'LIMIT_OUT_OF_RANGE', field: 'limit' }),
    );
  });

  describe("a central body's receptions", () => {
    // The ministry holds two receptions in Aktobe's city and one nationally, and finds a risk from
    // one: they are its own work, never Aktobe's.
    const withBody = [
      ...events,
      ...recorded(
        [
          reception('2026-06-08T05:00:00Z', {
            unit: 'MIN-HEALTH',
            region: 'KZ-15',
            district: '151010000',
            citizensReceived: 30,
            occurredOn: '2026-06-08',
          }),
          reception('2026-06-09T05:00:00Z', {
            unit: 'MIN-HEALTH',
            citizensReceived: 6,
            occurredOn: '2026-06-09',
          }),
          risk('2026-06-10T05:00:00Z', { centralBody: 'MIN-HEALTH', occurredOn: '2026-06-09' }),
        ],
        events.length + 1,
      ),
    ];
    const bodyModel = modelOf(withBody);
    const bodyOutcomes = withBody.reduce(outcomesProjection.evolve, outcomesProjection.initialState());
    const runBody = (spec: Omit<ChartSpec, 'period'>) =>
      chartWithOutcomes(bodyOutcomes, { period: Q2, ...spec }, (s) => chart(bodyModel, s));

    it('charts them by central body, the regions’ own work apart', () => {
      const c = runBody({
        measures: ['receptionsHeld', 'citizensReceived', 'risksPerReception'],
        dimensions: [{ dimension: 'centralBody' }],
        sort: { by: 'label' },
      });
      expect(table(c)).toEqual([
        ['MIN-HEALTH', 2, 36, 1 / 2],
        ['', 4, 28, 2 / 4],
      ]);
      expect(c.rows[0]!.keys[0]!.label.en).toBe('Ministry of Health');
    });

    it('leaves them out of the region they were held in, and reads them by unit', () => {
      const byRegion = runBody({
        measures: ['receptionsHeld', 'risksFromReceptions'],
        dimensions: [{ dimension: 'region' }],
        filter: { regions: ['KZ-15'] },
      });
      expect(table(byRegion)).toEqual([['KZ-15', 3, 2]]);
      const own = runBody({
        measures: ['receptionsHeld', 'citizensReceived'],
        filter: { units: ['MIN-HEALTH'] },
      });
      expect(own.rows[0]!.values).toEqual([2, 36]);
      const district = runBody({
        measures: ['receptionsHeld'],
        dimensions: [{ dimension: 'district' }],
        filter: { units: ['KZ-15'] },
        sort: { by: 'label' },
      });
      // The ministry's reception in the city of Aktobe is not among the region's.
      expect(table(district)).toEqual([
        ['151010000', 1],
        ['', 1],
        ['153220000', 1],
      ]);
    });
  });
});
