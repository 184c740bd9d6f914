import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { KpiState } from '../fold/state.ts';
import { lastRecordedAt, positionRecordedBy } from './recorded-instants.ts';

/** A state holding only its log, which is all the cut reads of it; appended to in place. */
const logOnly = () => {
  const log = { count: 0, at: new Float64Array(4), pos: new Float64Array(4), ordered: true };
  const state = { log, position: 0 } as unknown as KpiState;
  const append = (at: number) => {
    if (log.count === log.at.length) {
      const grow = (a: Float64Array) => {
        const b = new Float64Array(a.length * 2);
        b.set(a);
        return b;
      };
      log.at = grow(log.at);
      log.pos = grow(log.pos);
    }
    if (log.count > 0 && at < log.at[log.count - 1]!) log.ordered = false;
    log.at[log.count] = at;
    log.pos[log.count] = log.count * 3 + 1;
    (state as { position: number }).position = log.pos[log.count]!;
    log.count++;
  };
  return { state, log, append };
};

describe('the recorded instants a cut reads', () => {
  it('say the latest instant and the last position recorded by any instant, as a walk of the log does, while it grows', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.integer({ min: 0, max: 60 }), { minLength: 1, maxLength: 12 }), {
          minLength: 1,
          maxLength: 6,
        }),
        fc.array(fc.integer({ min: -5, max: 65 }), { minLength: 1, maxLength: 8 }),
        (batches, cuts) => {
          const { state, log, append } = logOnly();
          for (const batch of batches) {
            for (const at of batch) append(at);
            let latest = Number.NEGATIVE_INFINITY;
            for (let k = 0; k < log.count; k++) latest = Math.max(latest, log.at[k]!);
            expect(lastRecordedAt(state)).toBe(latest);
            for (const cut of cuts) {
              let best = 0;
              for (let k = 0; k < log.count; k++) if (log.at[k]! <= cut) best = Math.max(best, log.pos[k]!);
              expect(positionRecordedBy(state, cut)).toBe(best);
            }
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
