import { describe, expect, it } from 'vitest';
import { modelOf, recorded } from '../../../test/fold.ts';
import { openRisksOfRegion, openRisksOfUnit, recommendationsOfUnit } from './register.ts';

/** Aktobe's own risk, and two Ministry of Health risks: one in Aktobe (removed), one in Almaty with a recommendation. */
const risk = (riskId: string, region: string, at: string, centralBody?: string) => ({
  at,
  type: 'RiskIdentified',
  data: {
    riskId,
    region,
    ...(centralBody ? { centralBody } : {}),
    organization: 'Управление здравоохранения',
    process: 'Закуп лекарств',
    sphere: 'HEALTHCARE',
    causeCategory: 'EXCESSIVE_DISCRETION',
    source: 'EXTERNAL_ANALYSIS',
    description: 'Заявки собираются вручную',
    occurredOn: '2026-02-01',
  },
});
const model = modelOf(
  recorded([
    risk('R1', 'KZ-15', '2026-02-02T08:00:00Z'),
    risk('R2', 'KZ-15', '2026-02-02T09:00:00Z', 'MIN-HEALTH'),
    risk('R3', 'KZ-75', '2026-02-03T09:00:00Z', 'MIN-HEALTH'),
    {
      at: '2026-02-04T09:00:00Z',
      type: 'RecommendationIssued',
      data: {
        recommendationId: 'Rec1',
        riskId: 'R3',
        region: 'KZ-75',
        centralBody: 'MIN-HEALTH',
        organization: 'Управление здравоохранения',
        text: 'Перевести заявки в систему',
        dueOn: '2026-02-20',
        occurredOn: '2026-02-04',
      },
    },
    {
      at: '2026-02-10T09:00:00Z',
      type: 'ProcessTransformed',
      data: {
        transformationId: 'T1',
        region: 'KZ-15',
        centralBody: 'MIN-HEALTH',
        removesRiskIds: ['R2'],
        implementsRecommendationIds: [],
        occurredOn: '2026-02-10',
      },
    },
  ]),
);

describe("a central body's register", () => {
  it("lists the body's open risks wherever they sit, each with its region, and not a region's own", () => {
    const page = openRisksOfUnit(model, { region: 'MIN-HEALTH', today: '2026-03-01' });
    expect(page.items.map((r) => [r.riskId, r.region])).toEqual([['R3', 'KZ-75']]);
    expect(page.items[0]!.recommendations.map((r) => r.recommendationId)).toEqual(['Rec1']);
    expect(
      openRisksOfRegion(model, { region: 'KZ-15', today: '2026-03-01' }).items.map((r) => r.riskId),
    ).toEqual(['R1']);
  });

  it("lists the body's recommendations due, and a region's register holds none of them", () => {
    const overdue = recommendationsOfUnit(model, {
      region: 'MIN-HEALTH',
      today: '2026-03-01',
      status: 'OVERDUE',
    });
    expect(overdue.items.map((r) => [r.recommendationId, r.daysOverdue])).toEqual([['Rec1', 9]]);
    expect(
      recommendationsOfUnit(model, { region: 'KZ-75', today: '2026-03-01', status: 'OVERDUE' }).items,
    ).toEqual([]);
  });

  it('answers a body no event has named yet with an empty register, and still refuses an unknown region', () => {
    expect(openRisksOfUnit(model, { region: 'AG-NEW-UNIT', today: '2026-03-01' }).total).toBe(0);
    expect(() => openRisksOfRegion(model, { region: 'KZ-AKM', today: '2026-03-01' })).toThrow(
      expect.objectContaining({ code: 'INVALID_FILTER', field: 'region' }),
    );
  });
});
