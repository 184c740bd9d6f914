import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { emptyIdIndex, findId, slotOfId } from './id-index.ts';

describe('IdIndex', () => {
  it('gives each distinct id text its own slot, as a Map would, across growth', () => {
    // Canonical UUIDs, their upper-case spellings (distinct texts of the same 128 bits), near
    // misses and arbitrary text, repeated.
    const id = fc.oneof(
      fc.uuid(),
      fc.uuid().map((u) => u.toUpperCase()),
      fc.uuid().map((u) => `${u.slice(0, 35)}g`),
      fc.uuid().map((u) => u.replace('-', 'x')),
      fc.uuid().map((u) => `${u.slice(0, 8)}-${u.slice(9, 18)}Ж${u.slice(19)}`),
      fc.string(),
    );
    fc.assert(
      fc.property(fc.array(id, { maxLength: 400 }), fc.array(fc.nat(), { maxLength: 400 }), (ids, picks) => {
        const index = emptyIdIndex();
        const expected = new Map<string, number>();
        const sequence = [...ids, ...picks.map((p) => ids[p % Math.max(1, ids.length)] ?? 'x')];
        for (const text of sequence) {
          const next = expected.size;
          if (!expected.has(text)) expected.set(text, next);
          expect(slotOfId(index, text, next)).toBe(expected.get(text));
        }
        for (const [text, slot] of expected) expect(findId(index, text)).toBe(slot);
      }),
    );
  });

  it('keeps 100,000 ids apart through its rehashes and finds none it was not given', () => {
    const index = emptyIdIndex();
    const idOf = (n: number) =>
      `${n.toString(16).padStart(8, '0')}-0000-4000-8000-${(n * 7).toString(16).padStart(12, '0')}`;
    for (let n = 0; n < 100_000; n++) expect(slotOfId(index, idOf(n), n)).toBe(n);
    for (let n = 0; n < 100_000; n += 997) expect(findId(index, idOf(n))).toBe(n);
    expect(findId(index, idOf(100_000))).toBe(-1);
    // The same 128 bits spelt in upper case are another text: not given, so not found.
    expect(idOf(0xabcd).toUpperCase()).not.toBe(idOf(0xabcd));
    expect(findId(index, idOf(0xabcd).toUpperCase())).toBe(-1);
    expect(index.size).toBe(100_000);
  });

  it('survives structured cloning (snapshots)', () => {
    const index = emptyIdIndex();
    slotOfId(index, '2deb4303-79b5-537c-9c09-86079807ace0', 0);
    slotOfId(index, 'not-a-uuid', 1);
    const copy = structuredClone(index);
    expect(findId(copy, '2deb4303-79b5-537c-9c09-86079807ace0')).toBe(0);
    expect(findId(copy, 'not-a-uuid')).toBe(1);
    expect(findId(copy, '2DEB4303-79B5-537C-9C09-86079807ACE0')).toBe(-1);
  });
});
