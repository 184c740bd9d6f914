import { describe, expect, it } from 'vitest';
import { axisUnitOf, planAxes } from './axes.ts';
import type { MeasureShape } from './chart-table.ts';

const s = (measure: string, shape: MeasureShape, region = '') => ({
  key: region ? `${measure}|${region}` : measure,
  shape,
  measure,
  measureLabel: measure,
});

const units = (plan: ReturnType<typeof planAxes>) =>
  plan.panels.map((panel) => panel.map((a) => `${a.side}:${a.unit}`));

describe('value axes by unit', () => {
  it('draws one unit against one axis, and says nothing of units', () => {
    const plan = planAxes([s('causesRemoved', 'count'), s('risksIdentified', 'count')]);
    expect(units(plan)).toEqual([['left:count']]);
    expect(plan.panels[0]![0]!.series).toEqual(['causesRemoved', 'risksIdentified']);
    expect(plan).toMatchObject({ mixed: false, split: false });
  });

  it('puts tenge on its own right axis beside counts, so the counts keep their scale', () => {
    const plan = planAxes([s('causesRemoved', 'count'), s('rightsRestoredMoneyKzt', 'sum')]);
    expect(units(plan)).toEqual([['left:count', 'right:sum']]);
    expect(plan.panels[0]![1]!.series).toEqual(['rightsRestoredMoneyKzt']);
    expect(plan).toMatchObject({ mixed: true, split: false });
  });

  it('counts people with the cases: both are counts, whatever they count', () => {
    const plan = planAxes([s('rightsRestoredCases', 'count'), s('rightsRestoredPeople', 'count')]);
    expect(units(plan)).toEqual([['left:count']]);
  });

  it('draws a chart per unit for money, counts, a rate and days', () => {
    const plan = planAxes([
      s('causesRemoved', 'count'),
      s('rightsRestoredMoneyKzt', 'sum'),
      s('removalRate', 'rate'),
      s('medianDaysToRemoval', 'days'),
      s('p90DaysToRemoval', 'days'),
    ]);
    expect(units(plan)).toEqual([['left:count'], ['left:sum'], ['left:rate'], ['left:days']]);
    expect(plan.panels[3]![0]!.series).toEqual(['medianDaysToRemoval', 'p90DaysToRemoval']);
    expect(plan).toMatchObject({ mixed: true, split: true });
  });

  it('keeps the series of one measure split by region on the same axis', () => {
    const plan = planAxes([
      s('causesRemoved', 'count', 'KZ-15'),
      s('causesRemoved', 'count', 'KZ-71'),
      s('rightsRestoredMoneyKzt', 'sum', 'KZ-15'),
    ]);
    expect(plan.panels[0]!.map((a) => a.series)).toEqual([
      ['causesRemoved|KZ-15', 'causesRemoved|KZ-71'],
      ['rightsRestoredMoneyKzt|KZ-15'],
    ]);
  });

  it('gives two decimal measures an axis each: an index and a ratio share no scale', () => {
    expect(axisUnitOf(s('perceptionIndex', 'decimal'))).not.toBe(
      axisUnitOf(s('risksPerReception', 'decimal')),
    );
    const plan = planAxes([s('perceptionIndex', 'decimal'), s('risksPerReception', 'decimal')]);
    expect(plan.panels[0]!.map((a) => a.measureLabel)).toEqual(['perceptionIndex', 'risksPerReception']);
    expect(plan.mixed).toBe(true);
  });

  it('plans nothing for no series', () => {
    expect(planAxes([])).toEqual({ panels: [], mixed: false, split: false });
  });
});
