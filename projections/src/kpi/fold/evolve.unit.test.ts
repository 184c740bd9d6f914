import { EVENT_TYPES } from '@kpi/schema';
import { describe, expect, it } from 'vitest';
import { fold, modelOf, recorded } from '../../../test/fold.ts';
import { kpiSummary } from '../query/summary.ts';
import { KPI_EVENT_TYPES, KPI_IGNORED_EVENT_TYPES } from './evolve.ts';
import { kpiProjection } from './projection.ts';

const risk = (riskId: string, occurredOn: string, at: string) => ({
  at,
  type: 'RiskIdentified',
  data: {
    riskId,
    region: 'KZ-71',
    organization: 'Акимат',
    process: 'Земля',
    sphere: 'LAND_RELATIONS',
    causeCategory: 'EXCESSIVE_DISCRETION',
    source: 'EXTERNAL_ANALYSIS',
    occurredOn,
  },
});
const period = { from: '2026-01-01', to: '2026-12-31' };
const value = (events: ReturnType<typeof recorded>, kpi: string) =>
  kpiSummary(modelOf(events), { period, kpis: [kpi] }).kpis[0]!.current;

describe('the KPI fold', () => {
  it('reads or knowingly ignores every event type of the registry', () => {
    const decided = new Set([...KPI_EVENT_TYPES, ...Object.keys(KPI_IGNORED_EVENT_TYPES)]);
    expect(EVENT_TYPES.filter((type) => !decided.has(type))).toEqual([]);
    expect(kpiProjection.canHandle).toEqual(KPI_EVENT_TYPES);
  });

  it('leaves the state unchanged for events it does not read', () => {
    const before = fold(recorded([risk('r1', '2026-02-01', '2026-02-01T05:00:00Z')]));
    const version = before.version;
    kpiProjection.evolve(before, {
      ...recorded([risk('r2', '2026-02-02', '2026-02-02T05:00:00Z')])[0]!,
      type: 'UserRegistered',
    });
    expect(before.version).toBe(version);
    expect(before.risks.count).toBe(1);
  });

  it('counts a risk identified twice once, and a case restored twice once', () => {
    const right = {
      at: '2026-03-01T05:00:00Z',
      type: 'RightRestored',
      data: {
        caseId: 'k1',
        region: 'KZ-71',
        organization: 'Акимат',
        peopleCount: 2,
        occurredOn: '2026-03-01',
      },
    };
    const events = recorded([
      risk('r1', '2026-02-01', '2026-02-01T05:00:00Z'),
      risk('r1', '2026-02-05', '2026-02-05T05:00:00Z'),
      right,
      right,
    ]);
    expect(value(events, 'risksIdentified').value).toBe(1);
    expect(value(events, 'rightsRestoredPeople').value).toBe(2);
  });

  it('removes a risk by its earliest transformation, whatever order they are recorded in', () => {
    const transform = (id: string, occurredOn: string, at: string) => ({
      at,
      type: 'ProcessTransformed',
      data: {
        transformationId: id,
        region: 'KZ-71',
        removesRiskIds: ['r1'],
        implementsRecommendationIds: [],
        occurredOn,
      },
    });
    const events = recorded([
      risk('r1', '2026-01-10', '2026-01-10T05:00:00Z'),
      transform('t1', '2026-05-01', '2026-05-01T05:00:00Z'),
      transform('t2', '2026-03-01', '2026-06-01T05:00:00Z'),
    ]);
    const model = modelOf(events);
    const days = kpiSummary(model, { period, kpis: ['medianDaysToRemoval'] }).kpis[0]!.current.value;
    expect(days).toBe(50);
    const asOfMay = kpiSummary(model, {
      period,
      kpis: ['medianDaysToRemoval'],
      asOf: '2026-05-15T00:00:00Z',
    });
    expect(asOfMay.kpis[0]!.current.value).toBe(111);
  });
});
