import { describe, expect, it } from 'vitest';
import { perceptionByRegion, shadeOf, standingByRegion } from './map-colouring.ts';
import type { OverviewTarget } from './targets.ts';

const target = (unit: string, period: string, status: OverviewTarget['status']): OverviewTarget => ({
  id: `causesRemoved.${unit}.${period}`,
  kpi: 'causesRemoved',
  unit,
  period,
  value: 10,
  direction: 'AT_LEAST',
  heldTo: 5,
  actual: 4,
  status,
});

describe('the map coloured by target status', () => {
  it('reads the quarter’s target before the year’s, and tells a target without status from none', () => {
    const targets = [
      target('KZ-15', '2026', 'MET'),
      target('KZ-15', '2026-Q2', 'OFF_TRACK'),
      target('KZ-71', '2026', 'AT_RISK'),
      target('KZ-11', '2026-Q3', null),
      target('KZ', '2026', 'MET'),
    ];
    expect(
      standingByRegion(targets, 'causesRemoved', ['KZ-15', 'KZ-71', 'KZ-11', 'KZ-19'], '2026-05-31'),
    ).toEqual({
      'KZ-15': 'OFF_TRACK',
      'KZ-71': 'AT_RISK',
      'KZ-11': 'NO_TARGET',
      'KZ-19': 'NO_TARGET',
    });
    expect(standingByRegion(targets, 'causesRemoved', ['KZ-11'], '2026-07-15')).toEqual({
      'KZ-11': 'NO_STATUS',
    });
    expect(standingByRegion(targets, 'removalRate', ['KZ-15'], '2026-05-31')).toEqual({
      'KZ-15': 'NO_TARGET',
    });
  });
});

describe('the map coloured by perception', () => {
  it('keeps each region’s index and leaves the country-wide survey out', () => {
    const surveys = [
      { unit: 'KZ-15', perceptionIndex: 62, facedCorruptionShare: 0.2, conductedOn: '2026-05-01' },
      { unit: 'KZ', perceptionIndex: 55, facedCorruptionShare: 0.3, conductedOn: '2026-05-01' },
    ];
    expect([...perceptionByRegion(surveys)]).toEqual([['KZ-15', 62]]);
  });
});

describe('the map coloured by value', () => {
  it('spreads the regions over the shades from the lowest to the highest', () => {
    expect(shadeOf(0, 0, 9, 6)).toBe(0);
    expect(shadeOf(4, 0, 9, 6)).toBe(2);
    expect(shadeOf(9, 0, 9, 6)).toBe(5);
  });

  it('shades nothing when every region has the same value (an empty period: all zero)', () => {
    expect(shadeOf(0, 0, 0, 6)).toBeNull();
    expect(shadeOf(3, 3, 3, 6)).toBeNull();
  });
});
