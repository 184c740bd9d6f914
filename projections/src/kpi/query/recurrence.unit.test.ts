import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isRecurrence } from '../definition/risks.ts';
import { NO_DAY } from '../fold/columns.ts';
import { recurredColumn } from './recurrence.ts';
import type { KnowledgeView } from './view.ts';

interface Risk {
  readonly valid: boolean;
  readonly pair: number;
  readonly cause: number;
  readonly idDay: number;
  readonly remDay: number;
}

/** Only the columns the recurrence reads; the rest of a view does not take part. */
const viewOf = (risks: readonly Risk[]): KnowledgeView =>
  ({
    risks: {
      n: risks.length,
      valid: Uint8Array.from(risks, (r) => (r.valid ? 1 : 0)),
      pair: Int32Array.from(risks, (r) => r.pair),
      cause: Uint8Array.from(risks, (r) => r.cause),
      idDay: Int32Array.from(risks, (r) => r.idDay),
      remDay: Int32Array.from(risks, (r) => r.remDay),
    },
    memo: {},
  }) as unknown as KnowledgeView;

/** The rule as methodology.md states it, risk by risk against every other. */
const plainRecurrence = (risks: readonly Risk[]): number[] =>
  risks.map((r) =>
    r.valid &&
    r.remDay !== NO_DAY &&
    risks.some((o) => o.valid && o.pair === r.pair && o.cause === r.cause && isRecurrence(r.remDay, o.idDay))
      ? 1
      : 0,
  );

const risk = (pairs: number) =>
  fc.record({
    valid: fc.boolean(),
    pair: fc.nat({ max: pairs - 1 }),
    cause: fc.nat({ max: 3 }),
    idDay: fc.integer({ min: 18_000, max: 20_000 }),
    remDay: fc.oneof(fc.constant(NO_DAY), fc.integer({ min: 17_900, max: 20_000 })),
  });

describe('recurred column', () => {
  it('equals the plain rule, for pairs scanned and for pairs large enough to be sorted', () => {
    fc.assert(
      fc.property(
        fc
          .integer({ min: 1, max: 12 })
          .chain((pairs) => fc.array(risk(pairs), { maxLength: 300, size: 'max' })),
        (risks) => {
          expect([...recurredColumn(viewOf(risks))]).toEqual(plainRecurrence(risks));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('counts a scheme back on day 365 after the removal, not on the day itself nor on day 366', () => {
    const removed = { valid: true, pair: 2, cause: 1, idDay: 19_000, remDay: 19_100 };
    const later = (idDay: number, change: Partial<Risk> = {}) => ({
      valid: true,
      pair: 2,
      cause: 1,
      idDay,
      remDay: NO_DAY,
      ...change,
    });
    const recurred = (...others: Risk[]) => recurredColumn(viewOf([removed, ...others]))[0];
    expect(recurred(later(19_465))).toBe(1);
    expect(recurred(later(19_100))).toBe(0);
    expect(recurred(later(19_466))).toBe(0);
    expect(recurred(later(19_200, { cause: 2 }))).toBe(0);
    expect(recurred(later(19_200, { pair: 3 }))).toBe(0);
    expect(recurred(later(19_200, { valid: false }))).toBe(0);
    // A pair with more risks than are scanned one by one is searched in its sorted keys.
    const crowd = Array.from({ length: 40 }, (_, k) => later(18_000 + k));
    expect(recurred(...crowd)).toBe(0);
    expect(recurred(...crowd, later(19_300))).toBe(1);
    expect(recurred(...crowd, later(19_465))).toBe(1);
    expect(recurred(...crowd, later(19_100))).toBe(0);
    expect(recurred(...crowd, later(19_466))).toBe(0);
    expect(recurred(...crowd, later(19_200, { cause: 2 }))).toBe(0);
  });
});
