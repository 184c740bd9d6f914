import { describe, expect, it } from 'vitest';
import { modelOf } from '../../../test/fold.ts';
import { workedExample } from '../../../test/worked-example.ts';
import { openRisksOfRegion, recommendationsOfRegion } from './register.ts';

const model = modelOf(workedExample);

describe('regional risk register', () => {
  it("lists a region's open risks, oldest first, with their recommendations", () => {
    const page = openRisksOfRegion(model, { region: 'KZ-15', today: '2026-04-10' });
    expect(page.items.map((r) => [r.riskId, r.ageDays, r.organization])).toEqual([
      ['R6', 391, 'Отдел образования'],
      ['R4', 49, 'Акимат г. Актобе'],
    ]);
    expect(page.items[0]!.recommendations).toMatchObject([
      { recommendationId: 'Rec3', status: 'OVERDUE', daysOverdue: 100, dueOn: '2025-12-31' },
    ]);
    expect(page.total).toBe(2);
  });

  it('answers as of an instant', () => {
    const page = openRisksOfRegion(model, {
      region: 'KZ-15',
      today: '2026-03-31',
      asOf: '2026-03-31T18:59:59Z',
    });
    expect(page.items.map((r) => r.riskId)).toEqual(['R6', 'R1', 'R3', 'R4']);
    expect(page.items[2]!.recommendations.map((r) => [r.recommendationId, r.status])).toEqual([
      ['Rec4', 'OVERDUE'],
      ['Rec5', 'REJECTED'],
    ]);
  });

  it('lists overdue and coming-due recommendations, not rejected or implemented ones', () => {
    const overdue = recommendationsOfRegion(model, {
      region: 'KZ-15',
      today: '2026-03-16',
      status: 'OVERDUE',
    });
    expect(overdue.items.map((r) => [r.recommendationId, r.daysOverdue])).toEqual([
      ['Rec3', 75],
      ['Rec4', 1],
    ]);
    const due = recommendationsOfRegion(model, {
      region: 'KZ-15',
      today: '2026-03-16',
      status: 'DUE',
      withinDays: 10,
    });
    expect(due.items.map((r) => r.recommendationId)).toEqual(['Rec5']);
    expect(
      recommendationsOfRegion(model, { region: 'KZ-71', today: '2026-03-16', status: 'OVERDUE' }).items,
    ).toEqual([]);
  });

  it('refuses an unknown region', () => {
    expect(() => openRisksOfRegion(model, { region: 'KZ-AKM', today: '2026-03-16' })).toThrow(
      expect.objectContaining({ code: 'INVALID_FILTER', field: 'region' }),
    );
  });
});
