import { describe, expect, it } from 'vitest';
import { type ExampleEvent, modelOf, recorded } from '../../test/fold.ts';
import { annotationsProjection } from '../annotations/projection.ts';
import { targetsProjection } from '../targets/projection.ts';
import { previousReviewPeriod, reviewRange, targetPeriodOf } from './review-period.ts';
import { type ReviewReadModels, reviewReport } from './review-report.ts';

const scheme = {
  organization: 'Акимат',
  process: 'Земельные участки',
  causeCategory: 'EXCESSIVE_DISCRETION',
};
const risk = (id: string, region: string, on: string, at = `${on}T05:00:00Z`): ExampleEvent => ({
  at,
  type: 'RiskIdentified',
  data: {
    riskId: id,
    region,
    ...scheme,
    sphere: 'LAND_RELATIONS',
    source: 'EXTERNAL_ANALYSIS',
    occurredOn: on,
  },
});
const removed = (
  id: string,
  riskId: string,
  region: string,
  on: string,
  at = `${on}T06:00:00Z`,
): ExampleEvent => ({
  at,
  type: 'ProcessTransformed',
  data: {
    transformationId: id,
    region,
    organization: scheme.organization,
    process: scheme.process,
    kind: 'DIGITISED',
    removesRiskIds: [riskId],
    implementsRecommendationIds: [],
    occurredOn: on,
  },
});
const chair = (at: string, type: string, data: Record<string, unknown>): ExampleEvent => ({
  at,
  type,
  submittedBy: 'chair-1',
  data,
});

const END_OF_Q1 = '2026-03-31T18:59:59Z';
const history: ExampleEvent[] = [
  risk('r3', 'KZ-15', '2025-11-01'),
  removed('t3', 'r3', 'KZ-15', '2025-12-01'),
  risk('r1', 'KZ-15', '2026-01-10'),
  risk('r2', 'KZ-15', '2026-01-11'),
  removed('t1', 'r1', 'KZ-15', '2026-02-10'),
  risk('r5', 'KZ-15', '2026-03-15'),
  risk('a1', 'KZ-71', '2026-01-05'),
  risk('a2', 'KZ-71', '2026-01-06'),
  removed('ta1', 'a1', 'KZ-71', '2026-01-20'),
  removed('ta2', 'a2', 'KZ-71', '2026-01-21'),
  chair('2026-01-02T04:00:00Z', 'TargetSet', {
    kpi: 'causesRemoved',
    unit: 'KZ',
    period: '2026-Q1',
    value: 3.2,
    direction: 'AT_LEAST',
    occurredOn: '2026-01-02',
  }),
  chair('2026-03-30T04:00:00Z', 'ReportCommentaryWritten', {
    unit: 'KZ',
    period: '2026-Q1',
    text: 'Ақтөбе: жаңа әкім',
    occurredOn: '2026-03-30',
  }),
  chair('2026-03-02T04:00:00Z', 'FigureCommentAdded', {
    commentId: 'c1',
    unit: 'KZ-15',
    date: '2026-03-01',
    text: 'Новый аким с 1 марта',
    occurredOn: '2026-03-02',
  }),
];
// Recorded after the quarter: a late removal dated in it, a new commentary, a withdrawal.
const late: ExampleEvent[] = [
  removed('t2', 'r2', 'KZ-15', '2026-03-20', '2026-04-10T05:00:00Z'),
  chair('2026-04-05T04:00:00Z', 'ReportCommentaryWritten', {
    unit: 'KZ',
    period: '2026-Q1',
    text: 'Итог после поздних отчётов',
    occurredOn: '2026-04-05',
  }),
  chair('2026-04-06T04:00:00Z', 'FigureCommentWithdrawn', { commentId: 'c1', occurredOn: '2026-04-06' }),
];

const modelsOf = (events: ExampleEvent[]): ReviewReadModels => {
  const all = recorded(events);
  return {
    kpi: modelOf(all),
    targets: all.reduce(targetsProjection.evolve, targetsProjection.initialState()),
    annotations: all.reduce(annotationsProjection.evolve, annotationsProjection.initialState()),
  };
};
const query = {
  unit: 'KZ',
  period: '2026-Q1',
  asOf: END_OF_Q1,
  now: new Date('2026-05-01'),
  seesAllRegions: true,
};

describe('review periods', () => {
  it('knows years, thirds, quarters and months, the one before, and the target period holding them', () => {
    expect(reviewRange('2026-T1')).toEqual({ from: '2026-01-01', to: '2026-04-30' });
    expect(reviewRange('2024-02')).toEqual({ from: '2024-02-01', to: '2024-02-29' });
    expect(reviewRange('2026-Q4')).toEqual({ from: '2026-10-01', to: '2026-12-31' });
    expect(['2026-Q1', '2026-T1', '2026-01', '2026-07', '2026'].map(previousReviewPeriod)).toEqual([
      '2025-Q4',
      '2025-T3',
      '2025-12',
      '2026-06',
      '2025',
    ]);
    expect(['2026-05', '2026-T2', '2026-Q3'].map(targetPeriodOf)).toEqual(['2026-Q2', '2026', '2026-Q3']);
    expect(() => reviewRange('2026-Q5')).toThrow(/must be a year/);
  });
});

describe('the review report', () => {
  const report = reviewReport(modelsOf(history), query);

  it('leads with causes removed beside the previous period, the change and the target’s status', () => {
    expect(report.leadKpis[0]).toEqual({
      kpi: 'causesRemoved',
      current: 3,
      previous: 1,
      change: 2,
      target: { period: '2026-Q1', value: 3.2, direction: 'AT_LEAST', heldTo: 3.2, status: 'AT_RISK' },
    });
    expect(report.leadKpis.find((k) => k.kpi === 'recurrenceRate')).toMatchObject({
      // Q1: r1 came back (r5); Q4: r3 came back (r1, identified in January).
      current: 1 / 3,
      previous: 1,
    });
  });

  it('ranks the regions now and in the previous period, with the places moved', () => {
    expect(report.league?.slice(0, 2)).toEqual([
      { region: 'KZ-71', causesRemoved: 2, removalRate: 1, rank: 1, previousRank: 2, movement: 1 },
      { region: 'KZ-15', causesRemoved: 1, removalRate: 1 / 3, rank: 2, previousRank: 1, movement: -1 },
    ]);
    expect(report.league).toHaveLength(20);
    expect(report.league?.[2]).toMatchObject({ rank: 3, previousRank: 2, movement: -1 });
  });

  it('has the funnel, the hot spots of recurrence, the commentary and the comments as known then', () => {
    expect(report.funnel).toEqual([
      { kpi: 'risksIdentified', value: 5 },
      { kpi: 'recommendationsIssued', value: 0 },
      { kpi: 'causesRemoved', value: 3 },
    ]);
    expect(report.hotSpots).toEqual([{ region: 'KZ-15', ...scheme, removed: 1, recurred: 1 }]);
    expect(report.commentary).toMatchObject({ text: 'Ақтөбе: жаңа әкім', writtenBy: 'chair-1' });
    const asKnownNow = reviewReport(modelsOf(history), { ...query, asOf: null });
    expect(asKnownNow.figureComments.map((c) => c.text)).toEqual(['Новый аким с 1 марта']);
    expect(report.figureComments.map((c) => [c.unit, c.date, c.text, c.author])).toEqual([
      ['KZ-15', '2026-03-01', 'Новый аким с 1 марта', 'chair-1'],
    ]);
  });

  it('does not change as of the quarter’s last day once late submissions are recorded', () => {
    const later = modelsOf([...history, ...late]);
    expect(reviewReport(later, query)).toEqual(report);
    const now = reviewReport(later, { ...query, asOf: null });
    expect(now.leadKpis[0]).toMatchObject({ current: 4, target: { status: 'MET' } });
    expect(now.commentary?.text).toBe('Итог после поздних отчётов');
    expect(now.figureComments).toEqual([]);
  });

  it('shows a region its own figures, and no league to a reader of one region', () => {
    const own = reviewReport(modelsOf(history), { ...query, unit: 'KZ-15', seesAllRegions: false });
    expect(own.league).toBeNull();
    expect(own.leadKpis[0]).toMatchObject({ current: 1, previous: 1, change: 0, target: null });
  });

  it('names the bad field', () => {
    const models = modelsOf(history);
    expect(() => reviewReport(models, { ...query, unit: 'KZ-00' })).toThrow(/KZ \(the country\)/);
    expect(() => reviewReport(models, { ...query, asOf: 'yesterday' })).toThrow(/ISO 8601/);
    expect(() => reviewReport(models, { ...query, period: '2026-13' })).toThrow(/must be a year/);
  });
});
