import { TARGET_KPI_SHAPES } from '@kpi/schema';
import { describe, expect, it } from 'vitest';
import { KPI_NAMES, KPIS } from '../kpi/index.ts';
import { heldValue, judgedWindow, statusOf, targetPeriodRange } from './status.ts';

describe('status of a target', () => {
  it('at least: met from the value up, at risk from exactly 0.9 x the value, off track below', () => {
    expect(statusOf(40, 40, 'AT_LEAST')).toBe('MET');
    expect(statusOf(41, 40, 'AT_LEAST')).toBe('MET');
    expect(statusOf(39.99, 40, 'AT_LEAST')).toBe('AT_RISK');
    expect(statusOf(36, 40, 'AT_LEAST')).toBe('AT_RISK');
    expect(statusOf(35.99, 40, 'AT_LEAST')).toBe('OFF_TRACK');
    // 0.9 x 0.7 is not exact in binary; a rate of exactly 0.63 is on the boundary.
    expect(statusOf(0.63, 0.7, 'AT_LEAST')).toBe('AT_RISK');
    expect(statusOf(0.6299, 0.7, 'AT_LEAST')).toBe('OFF_TRACK');
  });

  it('at most: met up to the value, at risk up to exactly 1.1 x the value, off track above', () => {
    expect(statusOf(30, 30, 'AT_MOST')).toBe('MET');
    expect(statusOf(0, 30, 'AT_MOST')).toBe('MET');
    expect(statusOf(30.5, 30, 'AT_MOST')).toBe('AT_RISK');
    expect(statusOf(33, 30, 'AT_MOST')).toBe('AT_RISK');
    expect(statusOf(33.01, 30, 'AT_MOST')).toBe('OFF_TRACK');
    expect(statusOf(0.33, 0.3, 'AT_MOST')).toBe('AT_RISK');
  });

  it('a target of zero: at least 0 is always met, at most 0 is off track at the first one', () => {
    expect(statusOf(0, 0, 'AT_LEAST')).toBe('MET');
    expect(statusOf(0, 0, 'AT_MOST')).toBe('MET');
    expect(statusOf(1, 0, 'AT_MOST')).toBe('OFF_TRACK');
  });
});

describe('periods and pro-rating', () => {
  it('knows the days of a year and of each quarter', () => {
    expect(targetPeriodRange('2026')).toEqual({ from: '2026-01-01', to: '2026-12-31' });
    expect(targetPeriodRange('2026-Q1')).toEqual({ from: '2026-01-01', to: '2026-03-31' });
    expect(targetPeriodRange('2026-Q2')).toEqual({ from: '2026-04-01', to: '2026-06-30' });
    expect(targetPeriodRange('2026-Q3')).toEqual({ from: '2026-07-01', to: '2026-09-30' });
    expect(targetPeriodRange('2026-Q4')).toEqual({ from: '2026-10-01', to: '2026-12-31' });
  });

  it('judges nothing before the period, the days so far while it runs, the whole period after', () => {
    expect(judgedWindow('2026-Q2', '2026-03-31')).toBeNull();
    expect(judgedWindow('2026-Q2', '2026-04-01')).toEqual({
      from: '2026-04-01',
      to: '2026-04-01',
      share: 1 / 91,
    });
    expect(judgedWindow('2026-Q2', '2026-05-15')).toEqual({
      from: '2026-04-01',
      to: '2026-05-15',
      share: 45 / 91,
    });
    expect(judgedWindow('2026-Q2', '2026-06-30')).toEqual({ from: '2026-04-01', to: '2026-06-30', share: 1 });
    expect(judgedWindow('2026-Q2', '2026-09-01')).toEqual({ from: '2026-04-01', to: '2026-06-30', share: 1 });
    expect(judgedWindow('2028', '2028-12-31')?.share).toBe(1);
    expect(judgedWindow('2028', '2028-01-01')?.share).toBe(1 / 366);
  });

  it('pro-rates a count on day 1 and holds it to the whole value on the last day', () => {
    const day1 = judgedWindow('2026-Q2', '2026-04-01')!.share;
    expect(heldValue('count', 91, day1)).toBeCloseTo(1, 12);
    expect(statusOf(1, heldValue('count', 91, day1), 'AT_LEAST')).toBe('MET');
    expect(statusOf(0, heldValue('count', 91, day1), 'AT_LEAST')).toBe('OFF_TRACK');
    const last = judgedWindow('2026-Q2', '2026-06-30')!.share;
    expect(heldValue('count', 91, last)).toBe(91);
  });

  it('holds rates, days and levels to the value as it is', () => {
    expect(heldValue('rate', 0.8, 0.1)).toBe(0.8);
    expect(heldValue('days', 30, 0.1)).toBe(30);
    expect(heldValue('level', 100, 0.1)).toBe(100);
  });

  it('knows the shape of every KPI the engine has, consistently with it', () => {
    expect(Object.keys(TARGET_KPI_SHAPES).sort()).toEqual([...KPI_NAMES].sort());
    for (const name of KPI_NAMES) {
      const shape = TARGET_KPI_SHAPES[name];
      const engine = KPIS[name].shape;
      if (engine === 'rate' || engine === 'days') expect(shape).toBe(engine);
      else expect(['count', 'level']).toContain(shape);
    }
  });
});
