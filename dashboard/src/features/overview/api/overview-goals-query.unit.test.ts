import { describe, expect, it } from 'vitest';
import { goalKey, kpiOfGoalKey, kpisWithGoals } from '../model/goals.ts';
import { toGoals } from './overview-goals-query.ts';

const row = (from: string, values: (number | null)[]) => ({ keys: [{ period: { from } }], values });

describe('the goals of the trend charts', () => {
  it('reads each bucket’s goals by its first day, one per trend KPI in the order asked', () => {
    const goals = toGoals({
      chart: {
        __typename: 'KpiChart',
        measures: [],
        rows: [
          row('2026-04-01', [null, 30, 0.6, null, 120, null]),
          row('2026-05-01', [null, 31, 0.6, null, 120, null]),
        ],
      },
    } as never);
    expect(goals.get('2026-04-01')).toEqual({
      risksIdentified: null,
      causesRemoved: 30,
      removalRate: 0.6,
      recurrenceRate: null,
      medianDaysToRemoval: 120,
      p90DaysToRemoval: null,
    });
    // Only the KPIs some bucket has a goal for get a line.
    expect(kpisWithGoals(['risksIdentified', 'causesRemoved'], ['2026-04-01', '2026-05-01'], goals)).toEqual([
      'causesRemoved',
    ]);
    expect(kpisWithGoals(['causesRemoved'], ['2026-06-01'], goals)).toEqual([]);
  });

  it('has none when the query was refused', () => {
    expect(toGoals({ chart: { __typename: 'KpiQueryFailed' } } as never).size).toBe(0);
  });

  it('keeps a goal’s key apart from its KPI’s', () => {
    expect(kpiOfGoalKey(goalKey('causesRemoved'))).toBe('causesRemoved');
    expect(kpiOfGoalKey('causesRemoved')).toBeNull();
  });
});
