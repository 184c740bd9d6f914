import { describe, expect, it } from 'vitest';
import { modelOf, recorded } from '../../../test/fold.ts';
import { chart } from '../query/chart.ts';
import { drillDown } from '../query/drill-down.ts';
import { KpiQueryError } from '../query/errors.ts';
import { kpiSummary } from '../query/summary.ts';

const risk = (riskId: string, day: string, district?: string, districtName?: string) => ({
  at: `${day}T05:00:00Z`,
  type: 'RiskIdentified',
  data: {
    riskId,
    region: 'KZ-15',
    ...(district ? { district } : {}),
    ...(districtName ? { districtName } : {}),
    organization: 'Акимат района',
    process: 'Выдача разрешений',
    sphere: 'CONSTRUCTION',
    causeCategory: 'EXCESSIVE_DISCRETION',
    source: 'CITIZEN_RECEPTION',
    occurredOn: day,
  },
});

// Khromtau (154845000) holds R1 and R2; R3 names no district; R2 moves to Aiteke Bi (154230000)
// after the first of April; a recommendation on R1 and a right restored through R1 and one
// through no risk follow their risk, or stay at region level.
const events = recorded([
  risk('R1', '2026-02-01', '154845000', 'Хромтауский район'),
  risk('R2', '2026-02-02', '154845000'),
  risk('R3', '2026-02-03'),
  {
    at: '2026-02-10T05:00:00Z',
    type: 'RecommendationIssued',
    data: {
      recommendationId: 'Rec1',
      riskId: 'R1',
      region: 'KZ-15',
      dueOn: '2026-03-01',
      occurredOn: '2026-02-10',
    },
  },
  {
    at: '2026-02-20T05:00:00Z',
    type: 'RightRestored',
    data: { caseId: 'C1', region: 'KZ-15', riskId: 'R1', peopleCount: 2, occurredOn: '2026-02-20' },
  },
  {
    at: '2026-02-21T05:00:00Z',
    type: 'RightRestored',
    data: {
      caseId: 'C2',
      region: 'KZ-15',
      organization: 'Акимат района',
      sphere: 'CONSTRUCTION',
      peopleCount: 5,
      occurredOn: '2026-02-21',
    },
  },
  {
    at: '2026-04-02T05:00:00Z',
    type: 'RiskReclassified',
    data: {
      riskId: 'R2',
      district: '154230000',
      districtName: 'Айтекебийский район',
      occurredOn: '2026-04-02',
    },
  },
]);
const model = modelOf(events);
const period = { from: '2026-01-01', to: '2026-03-31' };
const kpiValue = (filter: object, kpi: string, asOf?: string) =>
  kpiSummary(model, { period, filter, asOf }).kpis.find((k) => k.kpi === kpi)!.current.value;

describe('districts in the KPIs', () => {
  it('filters risks, recommendations and rights by the district of their risk, as reclassified', () => {
    expect(kpiValue({ districts: ['154845000'] }, 'risksIdentified')).toBe(1);
    expect(kpiValue({ districts: ['154230000'] }, 'risksIdentified')).toBe(1);
    expect(kpiValue({ districts: ['154845000'] }, 'recommendationsIssued')).toBe(1);
    expect(kpiValue({ districts: ['154845000'] }, 'rightsRestoredPeople')).toBe(2);
    expect(kpiValue({}, 'rightsRestoredPeople')).toBe(7);
  });

  it('as of an instant before the move, the risk is still in its first district', () => {
    expect(kpiValue({ districts: ['154845000'] }, 'risksIdentified', '2026-03-31T00:00:00Z')).toBe(2);
  });

  it('a district no risk names matches nothing; a malformed one is refused naming the filter', () => {
    expect(kpiValue({ districts: ['159999999'] }, 'risksIdentified')).toBe(0);
    expect(() => kpiValue({ districts: ['15'] }, 'risksIdentified')).toThrow(KpiQueryError);
    try {
      kpiValue({ districts: ['15'] }, 'risksIdentified');
    } catch (error) {
      expect((error as KpiQueryError).field).toBe('filter.districts');
    }
  });

  it('breaks down by district, with what names none in a bucket of its own', () => {
    const c = chart(model, {
      measures: ['risksIdentified', 'rightsRestoredPeople'],
      dimensions: [{ dimension: 'district' }],
      period,
      sort: { by: 'label', direction: 'asc' },
    });
    expect(c.rows.map((r) => [r.keys[0]!.key, r.keys[0]!.label.ru, r.keys[0]!.region, ...r.values])).toEqual([
      ['', 'Без района (уровень региона)', null, 1, 5],
      ['154230000', 'Айтекебийский район (154230000)', 'KZ-15', 1, 0],
      ['154845000', 'Хромтауский район (154845000)', 'KZ-15', 1, 2],
    ]);
  });

  it('drills down to rows that carry their district', () => {
    const d = drillDown(model, { kpi: 'risksIdentified', period, filter: { regions: ['KZ-15'] } });
    expect(d.rows.map((r) => [r.id, r.district])).toEqual([
      ['R1', { code: '154845000', name: 'Хромтауский район' }],
      ['R2', { code: '154230000', name: 'Айтекебийский район' }],
      ['R3', null],
    ]);
    const rights = drillDown(model, {
      kpi: 'rightsRestoredCases',
      period,
      filter: { districts: ['154845000'] },
    });
    expect(rights.rows.map((r) => r.id)).toEqual(['C1']);
  });
});
