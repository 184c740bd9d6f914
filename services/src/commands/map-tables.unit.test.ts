import { deserialize, serialize } from 'node:v8';
import { describe, expect, it } from 'vitest';
import { mapOf, tableOf } from './map-tables.ts';

/** As a snapshot file would give it back: through the structured clone. */
const stored = (map: ReadonlyMap<string, unknown>) => mapOf(deserialize(serialize(tableOf(map))));

describe('maps kept as tables', () => {
  it('gives back states of several shapes, optional fields and nested values included', () => {
    const removal = { recommendationId: 'rec-1', issuedOn: '2026-04-01' };
    const risks = new Map<string, unknown>([
      ['r-1', { exists: false }],
      ['r-2', { exists: true, district: 'KZ-15-01', withdrawn: false, lastRecommendation: removal }],
      ['r-3', { exists: true, district: undefined, withdrawn: true, lastRecommendation: null }],
      ['r-4', { exists: true, moves: [{ occurredOn: '2026-05-01', dueOn: '2026-09-01' }], count: 0 }],
    ]);
    const back = stored(risks);
    expect([...back.keys()]).toEqual(['r-1', 'r-2', 'r-3', 'r-4']);
    expect(back.get('r-1')).toEqual({ exists: false });
    expect(back.get('r-2')).toEqual(risks.get('r-2'));
    // An optional field left undefined reads back absent, as the deciders read it.
    expect(back.get('r-3')).toStrictEqual({ exists: true, withdrawn: true, lastRecommendation: null });
    expect(back.get('r-4')).toEqual(risks.get('r-4'));
  });

  it('gives back maps of numbers and of other values, and empty maps', () => {
    const versions = new Map([
      ['risk-1', 0],
      ['risk-2', 7],
    ]);
    expect(stored(versions)).toEqual(versions);
    const mixed = new Map<string, unknown>([
      ['a', 'text'],
      ['b', { exists: true }],
    ]);
    expect(stored(mixed)).toEqual(mixed);
    expect(stored(new Map())).toEqual(new Map());
  });
});
