import { describe, expect, it } from 'vitest';
import { modelOf, recorded } from '../../../test/fold.ts';
import { kpiSummary } from './summary.ts';

const period = { from: '2026-01-01', to: '2026-03-31' };

/** A risk in the regional hospital of `region`, for `centralBody` when given. */
const risk = (riskId: string, region: string, centralBody?: string) => ({
  at: '2026-02-01T05:00:00Z',
  type: 'RiskIdentified',
  data: {
    riskId,
    region,
    ...(centralBody ? { centralBody } : {}),
    organization: 'Областная больница',
    process: 'Закуп лекарственных средств',
    sphere: 'HEALTHCARE',
    causeCategory: 'LACK_OF_TRANSPARENCY',
    source: 'EXTERNAL_ANALYSIS',
    description: 'Закуп без публикации',
    occurredOn: '2026-02-01',
  },
});

const coverage = (events: ReturnType<typeof risk>[], filter: Record<string, unknown> | null = null) =>
  kpiSummary(modelOf(recorded(events)), {
    period,
    filter,
    kpis: ['coverageOrganizations'],
  }).kpis[0]!.current.value;

/**
 * The methodology identifies an organization within its region ("Department of land relations"
 * in Aktobe and in Astana are two bodies), not within the unit that reported it: a ministry's risk
 * in Aktobe's regional hospital and the akimat's in the same hospital are about one organization,
 * so the country counts it once, and a scheme found again there by either recurs.
 */
describe('an organization is identified within its region, whichever unit reports it', () => {
  it("counts the ministry's and Aktobe's same-named hospital in Aktobe as one organization", () => {
    const events = [risk('A1', 'KZ-15'), risk('B1', 'KZ-15', 'MIN-HEALTH')];
    expect(coverage(events)).toBe(1);
    // Each unit has analysed it: one organization in each unit's own figures.
    expect(coverage(events, { units: ['KZ-15'] })).toBe(1);
    expect(coverage(events, { units: ['MIN-HEALTH'] })).toBe(1);
  });

  it('counts the same name in two regions as two organizations, a body reporting both', () => {
    const events = [risk('B1', 'KZ-15', 'MIN-HEALTH'), risk('B2', 'KZ-71', 'MIN-HEALTH')];
    expect(coverage(events)).toBe(2);
    expect(coverage(events, { units: ['MIN-HEALTH'] })).toBe(2);
  });
});
