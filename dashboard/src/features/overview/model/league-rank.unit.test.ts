import { describe, expect, it } from 'vitest';
import { movementOf, ranksBy } from './league-rank.ts';

const rows = (values: Record<string, number | null>) =>
  Object.entries(values).map(([region, value]) => ({ region, values: { causesRemoved: value } }));

describe('places in the league of regions', () => {
  it('ranks the highest first when a rise is good news, the lowest first when a fall is', () => {
    const league = rows({ ALA: 10, AST: 30, SHY: 20 });
    expect([...ranksBy(league, 'causesRemoved', 'up')]).toEqual([
      ['AST', 1],
      ['SHY', 2],
      ['ALA', 3],
    ]);
    expect(ranksBy(league, 'causesRemoved', 'down').get('ALA')).toBe(1);
  });

  it('gives equal values the same place and leaves regions without a value unranked', () => {
    const ranks = ranksBy(rows({ ALA: 5, AST: 9, SHY: 5, KAR: 1, ABA: null }), 'causesRemoved', 'up');
    expect(ranks.get('AST')).toBe(1);
    expect(ranks.get('ALA')).toBe(2);
    expect(ranks.get('SHY')).toBe(2);
    expect(ranks.get('KAR')).toBe(4);
    expect(ranks.has('ABA')).toBe(false);
  });
});

describe('movement against the previous period', () => {
  const now = ranksBy(rows({ ALA: 30, AST: 20, SHY: 10 }), 'causesRemoved', 'up');
  const before = ranksBy(rows({ ALA: 5, AST: 20, SHY: 30, KAR: 1 }), 'causesRemoved', 'up');

  it('counts places climbed as positive and places lost as negative', () => {
    expect(movementOf(now, before, 'ALA')).toBe(2);
    expect(movementOf(now, before, 'SHY')).toBe(-2);
    expect(movementOf(now, before, 'AST')).toBe(0);
  });

  it('says nothing when the region was unranked in either period or there is no previous league', () => {
    expect(movementOf(now, before, 'KAR')).toBeNull();
    expect(movementOf(now, null, 'ALA')).toBeNull();
  });
});
