import { describe, expect, it } from 'vitest';
import { targetStream } from './target.ts';
import { validateEvent } from './validate.ts';

const set = {
  kpi: 'causesRemoved',
  unit: 'KZ-15',
  period: '2026-Q2',
  value: 40,
  direction: 'AT_LEAST',
  occurredOn: '2026-04-01',
};

const issuesOf = (type: string, data: unknown) => {
  const result = validateEvent(type, data);
  return result.ok ? [] : result.issues.map((i) => [i.path, i.message]);
};

describe('TargetSet', () => {
  it('accepts a target for a region or the country, for a quarter or a year', () => {
    expect(validateEvent('TargetSet', set).ok).toBe(true);
    expect(validateEvent('TargetSet', { ...set, unit: 'KZ', period: '2026' }).ok).toBe(true);
  });

  it("accepts a central body by its code's form (the catalogue is checked when the command is decided)", () => {
    expect(validateEvent('TargetSet', { ...set, unit: 'MIN-HEALTH' }).ok).toBe(true);
    // A body added to the catalogue later: its stored targets stay valid.
    const withdrawn = { kpi: 'causesRemoved', unit: 'AG-NEW-BODY', period: '2026', occurredOn: '2026-04-01' };
    expect(validateEvent('TargetWithdrawn', withdrawn).ok).toBe(true);
    for (const unit of ['KZ-99', 'kz-15', 'MIN HEALTH', 'M', 42]) {
      expect(issuesOf('TargetSet', { ...set, unit })).toEqual([
        [
          'data.unit',
          "must be KZ (the country), a region code such as KZ-15 or a central state body's code such as MIN-HEALTH",
        ],
      ]);
    }
  });

  it('holds a rate to 0..1 and names the value', () => {
    expect(validateEvent('TargetSet', { ...set, kpi: 'removalRate', value: 0.75 }).ok).toBe(true);
    expect(validateEvent('TargetSet', { ...set, kpi: 'removalRate', value: 1 }).ok).toBe(true);
    expect(issuesOf('TargetSet', { ...set, kpi: 'removalRate', value: 75 })).toEqual([
      ['data.value', 'must be a fraction between 0 and 1 for a rate'],
    ]);
    expect(issuesOf('TargetSet', { ...set, kpi: 'onTimeRate', value: -0.1 })).toEqual([
      ['data.value', 'must be a fraction between 0 and 1 for a rate'],
    ]);
  });

  it('refuses a negative count or number of days, naming the value', () => {
    expect(issuesOf('TargetSet', { ...set, value: -1 })).toEqual([['data.value', 'must not be negative']]);
    expect(issuesOf('TargetSet', { ...set, kpi: 'medianDaysToRemoval', value: -3 })).toEqual([
      ['data.value', 'must not be negative'],
    ]);
  });

  it('names an unknown KPI, unit, period and direction', () => {
    const paths = issuesOf('TargetSet', {
      ...set,
      kpi: 'arrests',
      unit: 'KZ-AKM',
      period: '2026-Q5',
      direction: 'ABOUT',
    }).map(([path]) => path);
    expect(paths.sort()).toEqual(['data.direction', 'data.kpi', 'data.period', 'data.unit']);
  });
});

describe('TargetWithdrawn', () => {
  it('names the target by its key only', () => {
    const { value: _v, direction: _d, ...key } = set;
    expect(validateEvent('TargetWithdrawn', key).ok).toBe(true);
    expect(issuesOf('TargetWithdrawn', { ...key, value: 3 }).map(([path]) => path)).toEqual(['data']);
  });

  it('lives on one stream per KPI, unit and period', () => {
    expect(targetStream(set)).toBe('target-causesRemoved.KZ-15.2026-Q2');
  });
});
