import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { IdIndex } from './id-index.ts';

describe('IdIndex', () => {
  it('finds every id it was given, at its position, across growth', () => {
    const index = new IdIndex(4);
    const ids = Array.from({ length: 50_000 }, () => randomUUID());
    ids.forEach((id, i) => {
      index.add(id, i + 1);
    });
    expect(index.size).toBe(ids.length);
    ids.forEach((id, i) => {
      expect(index.candidates(id)).toContain(i + 1);
      expect(index.mayHold(id)).toBe(true);
    });
  });

  it('proves new ids new (no fingerprint match) for all but a negligible share', () => {
    const index = new IdIndex();
    for (let i = 1; i <= 20_000; i++) index.add(randomUUID(), i);
    const strangers = Array.from({ length: 20_000 }, () => randomUUID());
    expect(strangers.filter((id) => index.mayHold(id))).toEqual([]);
  });

  it('keeps every position an id was added at, and ignores an exact repeat', () => {
    const index = new IdIndex();
    const id = randomUUID();
    index.add(id, 7);
    index.add(id, 7);
    index.add(id, 9);
    expect(index.size).toBe(2);
    expect(index.candidates(id).sort()).toEqual([7, 9]);
  });
});
