import type { MeasureShape, Series } from './chart-table.ts';

/**
 * The unit a value axis is drawn in. Counts, tenge, shares and days are one unit each, whatever
 * the measure; a decimal measure (an index, risks per reception) is a unit of its own, since two
 * of them have nothing in common but their decimal point.
 */
export type AxisUnit = string;

/** Two axes can be read side by side, left and right; a third cannot be told apart, so past two
 * every unit gets a small chart of its own, one above the other, over the same categories. */
export const MAX_AXES = 2;

export const axisUnitOf = (series: Pick<Series, 'shape' | 'measure'>): AxisUnit =>
  series.shape === 'decimal' ? `decimal:${series.measure}` : series.shape;

export interface Axis {
  readonly unit: AxisUnit;
  /** How its ticks are written: percentages, tenge, days, whole numbers. */
  readonly shape: MeasureShape;
  readonly side: 'left' | 'right';
  /** The series drawn against it, by key. */
  readonly series: readonly string[];
  /** What the unit is called: its shape, or for a decimal the measure's own label. */
  readonly measureLabel: string;
}

export interface AxisPlan {
  /** The charts drawn, one above the other: one with up to two axes, or one per unit. */
  readonly panels: readonly (readonly Axis[])[];
  /** The measures differ in unit: the builder says so in words. */
  readonly mixed: boolean;
  /** More units than axes fit side by side: one chart per unit. */
  readonly split: boolean;
}

/**
 * Gives every unit among the drawn series its own value axis, so that tenge beside counts never
 * flattens the counts to zero: the first unit (in the order the measures were chosen) on the
 * left, a second on the right; with three or more units, a chart per unit instead.
 */
export const planAxes = (
  series: readonly Pick<Series, 'key' | 'shape' | 'measure' | 'measureLabel'>[],
): AxisPlan => {
  const units: AxisUnit[] = [];
  const byUnit = new Map<AxisUnit, { shape: MeasureShape; measureLabel: string; series: string[] }>();
  for (const s of series) {
    const unit = axisUnitOf(s);
    let axis = byUnit.get(unit);
    if (!axis) {
      axis = { shape: s.shape, measureLabel: s.measureLabel, series: [] };
      byUnit.set(unit, axis);
      units.push(unit);
    }
    axis.series.push(s.key);
  }
  const axisOf = (unit: AxisUnit, side: Axis['side']): Axis => ({ unit, side, ...byUnit.get(unit)! });
  const split = units.length > MAX_AXES;
  const panels = split
    ? units.map((unit) => [axisOf(unit, 'left')])
    : units.length === 0
      ? []
      : [units.map((unit, i) => axisOf(unit, i === 0 ? 'left' : 'right'))];
  return { panels, mixed: units.length > 1, split };
};
