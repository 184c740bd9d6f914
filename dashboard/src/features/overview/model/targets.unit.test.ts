import { describe, expect, it } from 'vitest';
import { leagueStatuses, type OverviewTarget, statusRank, targetFor, worstStatusByUnit } from './targets.ts';

const target = (over: Partial<OverviewTarget>): OverviewTarget => ({
  id: 'x',
  kpi: 'causesRemoved',
  unit: 'KZ-15',
  period: '2026',
  value: 10,
  direction: 'AT_LEAST',
  heldTo: 5,
  actual: 5,
  status: 'MET',
  ...over,
});

describe('targets on the overview', () => {
  it('shows the quarter’s target before the year’s, only where its period holds the day', () => {
    const year = target({ id: 'year' });
    const q2 = target({ id: 'q2', period: '2026-Q2' });
    const q1 = target({ id: 'q1', period: '2026-Q1' });
    expect(targetFor([year, q2, q1], 'causesRemoved', 'KZ-15', '2026-05-01')?.id).toBe('q2');
    expect(targetFor([year, q1], 'causesRemoved', 'KZ-15', '2026-05-01')?.id).toBe('year');
    expect(targetFor([q1], 'causesRemoved', 'KZ-15', '2026-03-31')?.id).toBe('q1');
    expect(targetFor([q1], 'causesRemoved', 'KZ-15', '2026-04-01')).toBeNull();
    expect(targetFor([year], 'removalRate', 'KZ-15', '2026-05-01')).toBeNull();
    expect(targetFor([year], 'causesRemoved', 'KZ', '2026-05-01')).toBeNull();
  });

  it('ranks a region by its worst status among the targets of the day', () => {
    const statuses = worstStatusByUnit(
      [
        target({ unit: 'KZ-15', status: 'MET' }),
        target({ unit: 'KZ-15', kpi: 'removalRate', status: 'AT_RISK' }),
        target({ unit: 'KZ-71', status: 'OFF_TRACK' }),
        target({ unit: 'KZ-75', status: 'OFF_TRACK', period: '2025' }),
        target({ unit: 'KZ-79', status: null }),
      ],
      '2026-05-01',
    );
    expect(statuses).toEqual({ 'KZ-15': 'AT_RISK', 'KZ-71': 'OFF_TRACK' });
    expect(
      [null, 'MET', 'OFF_TRACK', 'AT_RISK'].sort((a, b) => statusRank(a as never) - statusRank(b as never)),
    ).toEqual(['OFF_TRACK', 'AT_RISK', 'MET', null]);
  });

  it("gives each league its own units' statuses: the regions', the central bodies', never the country's", () => {
    const targets = [
      target({ unit: 'KZ', status: 'OFF_TRACK' }),
      target({ unit: 'KZ-15', status: 'MET' }),
      target({ unit: 'MIN-HEALTH', status: 'AT_RISK' }),
      target({ unit: 'AG-SPORT', status: 'OFF_TRACK' }),
    ];
    expect(leagueStatuses(targets, '2026-05-01', 'regions')).toEqual({ 'KZ-15': 'MET' });
    expect(leagueStatuses(targets, '2026-05-01', 'bodies')).toEqual({
      'MIN-HEALTH': 'AT_RISK',
      'AG-SPORT': 'OFF_TRACK',
    });
    // No column for a league none of whose units has a target.
    expect(leagueStatuses(targets.slice(0, 2), '2026-05-01', 'bodies')).toBeNull();
  });
});
