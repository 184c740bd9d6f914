import { describe, expect, it } from 'vitest';
import { shapeOf } from './spec.ts';
import { kpiOfMeasure, measureText, targetMeasure, targetMeasureOf } from './target-measures.ts';

describe('measures against targets in the builder', () => {
  it('spell the server’s names and read back the KPI they hold', () => {
    expect(targetMeasure('target', 'causesRemoved')).toBe('target_causesRemoved');
    expect(targetMeasureOf('gapToTarget_removalRate')).toEqual({ kind: 'gapToTarget', kpi: 'removalRate' });
    expect(targetMeasureOf('removalRate')).toBeNull();
    expect(kpiOfMeasure('target_medianDaysToRemoval')).toBe('medianDaysToRemoval');
  });

  it('read as their KPI: a rate’s gap is formatted as a rate', () => {
    expect(shapeOf('gapToTarget_removalRate')).toBe('rate');
    expect(shapeOf('target_medianDaysToRemoval')).toBe('days');
  });

  it('are named after their KPI in the interface language', () => {
    const t = (key: string, params?: Record<string, string>) => `${key}${params ? `(${params.kpi})` : ''}`;
    expect(measureText(t as never, 'gapToTarget_causesRemoved')).toBe(
      'charts.measure.gapToTarget(charts.measure.causesRemoved)',
    );
    expect(measureText(t as never, 'causesRemoved')).toBe('charts.measure.causesRemoved');
  });
});
