import { describe, expect, it } from 'vitest';
import { toBodyLeague } from '../api/body-league-query.ts';
import { rankBodies } from './body-league.ts';

const body = (
  code: string,
  en: string,
  causesRemoved: number | null,
  medianDaysToRemoval: number | null,
) => ({
  code,
  name: { ru: `${en} (ru)`, kk: `${en} (kk)`, en },
  values: { causesRemoved, medianDaysToRemoval },
});

describe('the league of central bodies', () => {
  it('ranks best first either way, shares places on ties, and puts bodies without a value last', () => {
    const rows = [
      body('MIN-A', 'Ministry A', 2, 30),
      body('MIN-B', 'Ministry B', 5, null),
      body('MIN-C', 'Ministry C', 2, 10),
      body('MIN-D', 'Ministry D', null, 20),
    ];
    expect(rankBodies(rows, 'causesRemoved', 'up', 'en').map((r) => [r.row.code, r.place])).toEqual([
      ['MIN-B', 1],
      ['MIN-A', 2],
      ['MIN-C', 2],
      ['MIN-D', null],
    ]);
    expect(rankBodies(rows, 'medianDaysToRemoval', 'down', 'en').map((r) => r.row.code)).toEqual([
      'MIN-C',
      'MIN-D',
      'MIN-A',
      'MIN-B',
    ]);
  });

  it("reads the chart by central body, leaving the regions' own work to the regions' league", () => {
    const league = toBodyLeague({
      chart: {
        __typename: 'KpiChart',
        measures: ['causesRemoved'],
        rows: [
          {
            keys: [{ key: 'MIN-HEALTH', labelRu: 'Минздрав', labelKk: 'ДСМ', labelEn: 'Health' }],
            values: [3],
          },
          { keys: [{ key: '', labelRu: 'Без', labelKk: 'Жоқ', labelEn: 'None' }], values: [7] },
        ],
      },
    });
    expect(league).toEqual({
      rows: [
        {
          code: 'MIN-HEALTH',
          name: { ru: 'Минздрав', kk: 'ДСМ', en: 'Health' },
          values: { causesRemoved: 3 },
        },
      ],
    });
    expect(toBodyLeague({ chart: { __typename: 'KpiAccessDenied', region: 'KZ-15' } })).toBeUndefined();
  });
});
