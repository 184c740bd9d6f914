import { describe, expect, it } from 'vitest';
import { perceptionLines } from './perception.ts';

const survey = (unit: string, perceptionIndex: number) => ({
  unit,
  perceptionIndex,
  facedCorruptionShare: 0.2,
  conductedOn: '2026-05-31',
});

describe('perceptionLines', () => {
  it('puts each region’s latest perception beside its causes removed, surveyed first by index', () => {
    const lines = perceptionLines(
      [
        { region: 'KZ-15', values: { causesRemoved: 4 } },
        { region: 'KZ-71', values: { causesRemoved: 9 } },
        { region: 'KZ-75', values: { causesRemoved: 2 } },
      ],
      [survey('KZ-15', 58), survey('KZ-79', 71), survey('KZ', 40)],
    );
    expect(lines.map((l) => [l.region, l.causesRemoved, l.perception?.perceptionIndex ?? null])).toEqual([
      ['KZ-79', null, 71],
      ['KZ-15', 4, 58],
      ['KZ-71', 9, null],
      ['KZ-75', 2, null],
    ]);
  });
});
