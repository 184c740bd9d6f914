import { describe, expect, it } from 'vitest';
import { gapToGoal, goalOver } from './goal.ts';
import type { TargetView } from './state.ts';

const target = (kpi: TargetView['kpi'], period: string, value: number, over: Partial<TargetView> = {}) =>
  ({
    id: `${kpi}.KZ-15.${period}`,
    kpi,
    unit: 'KZ-15',
    period,
    value,
    direction: 'AT_LEAST',
    occurredOn: '2026-01-10',
    recordedAt: '2026-01-10T04:00:00.000Z',
    setBy: 'chair',
    ...over,
  }) as TargetView;

describe('what targets ask of a bucket', () => {
  it('spreads a count over its period’s days: a month of a quarter, part of a month, a whole year', () => {
    const q2 = [target('causesRemoved', '2026-Q2', 91)];
    expect(goalOver(q2, 'causesRemoved', '2026-04-01', '2026-04-30')?.value).toBeCloseTo(30, 12);
    expect(goalOver(q2, 'causesRemoved', '2026-05-01', '2026-05-10')?.value).toBeCloseTo(10, 12);
    expect(goalOver(q2, 'causesRemoved', '2026-04-01', '2026-06-30')?.value).toBeCloseTo(91, 12);
    expect(
      goalOver([target('causesRemoved', '2026', 365)], 'causesRemoved', '2026-02-01', '2026-02-28')?.value,
    ).toBeCloseTo(28, 12);
  });

  it('takes the quarter’s target before the year’s, and sums the quarters of a year', () => {
    const both = [target('causesRemoved', '2026', 365), target('causesRemoved', '2026-Q2', 182)];
    expect(goalOver(both, 'causesRemoved', '2026-04-01', '2026-04-30')?.value).toBeCloseTo(60, 12);
    // Q1, Q3, Q4 from the year (90 + 92 + 92 days), Q2 from its own target.
    expect(goalOver(both, 'causesRemoved', '2026-01-01', '2026-12-31')?.value).toBeCloseTo(274 + 182, 12);
  });

  it('has no goal for a count over days no target covers, or targets pulling both ways', () => {
    const q2 = [target('causesRemoved', '2026-Q2', 91)];
    expect(goalOver(q2, 'causesRemoved', '2026-03-25', '2026-04-10')).toBeNull();
    expect(goalOver(q2, 'risksIdentified', '2026-04-01', '2026-04-30')).toBeNull();
    const mixed = [...q2, target('causesRemoved', '2026-Q3', 10, { direction: 'AT_MOST' })];
    expect(goalOver(mixed, 'causesRemoved', '2026-06-01', '2026-07-31')).toBeNull();
  });

  it('holds a rate, a duration or a level to the value of the target holding the whole bucket', () => {
    const rate = [target('removalRate', '2026', 0.6), target('removalRate', '2026-Q2', 0.7)];
    expect(goalOver(rate, 'removalRate', '2026-05-01', '2026-05-31')).toEqual({
      value: 0.7,
      direction: 'AT_LEAST',
    });
    expect(goalOver(rate, 'removalRate', '2026-02-01', '2026-02-28')?.value).toBe(0.6);
    // A bucket across two quarters is held to the year's target, the one holding all of it.
    expect(goalOver(rate, 'removalRate', '2026-06-01', '2026-07-31')?.value).toBe(0.6);
    expect(goalOver(rate, 'removalRate', '2026-12-01', '2027-01-31')).toBeNull();
    const days = [target('medianDaysToRemoval', '2026', 120, { direction: 'AT_MOST' })];
    expect(goalOver(days, 'medianDaysToRemoval', '2026-01-01', '2026-12-31')).toEqual({
      value: 120,
      direction: 'AT_MOST',
    });
  });
});

describe('the gap to a goal', () => {
  it('is positive when ahead: the KPI above an "at least", below an "at most"', () => {
    expect(gapToGoal(12, { value: 10, direction: 'AT_LEAST' })).toBe(2);
    expect(gapToGoal(8, { value: 10, direction: 'AT_LEAST' })).toBe(-2);
    expect(gapToGoal(100, { value: 120, direction: 'AT_MOST' })).toBe(20);
    expect(gapToGoal(130, { value: 120, direction: 'AT_MOST' })).toBe(-10);
  });

  it('is null without a KPI value or without a goal', () => {
    expect(gapToGoal(null, { value: 10, direction: 'AT_LEAST' })).toBeNull();
    expect(gapToGoal(3, null)).toBeNull();
  });
});
