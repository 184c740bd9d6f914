import type { StreamEvent } from '@kpi/projections';
import { expect } from 'vitest';
import { CommandRefusedError, type Refusal } from './refusal.ts';
import { type DecidedEvent, foldStream, type StreamDecider } from './stream-decider.ts';

/** A stored event of a thing's stream, as a stream decider's evolve reads it (metadata only as far as evolve needs it). */
export const stored = (
  streamId: string,
  revision: number,
  type: string,
  data: unknown,
  submittedBy = 'someone',
): StreamEvent => ({
  id: `00000000-0000-4000-8000-${String(revision).padStart(12, '0')}`,
  streamId,
  type,
  position: revision + 1,
  revision,
  data,
  metadata: {
    recordedAt: '2026-06-01T08:00:00.000Z',
    submittedBy,
    region: null,
    submissionId: `s${revision}`,
    correlationId: `c${revision}`,
    channel: 'api',
  },
});

type Outcome = { readonly events: readonly DecidedEvent[] } | { readonly refusal: Refusal };

/**
 * Given a thing's stream, when a command is decided, then these events are recorded (none when it
 * changes nothing), or it is refused so: a stream decider's tests read as the rule they prove.
 */
export const givenStream =
  <C extends { readonly type: string }, S>(decider: StreamDecider<C, S>) =>
  (...history: StreamEvent[]) => ({
    when: (command: C) => {
      let outcome: Outcome;
      try {
        outcome = { events: decider.decide(command, foldStream(decider, history)) };
      } catch (error) {
        if (!(error instanceof CommandRefusedError)) throw error;
        outcome = { refusal: error.refusal };
      }
      const refusal = (kind: Refusal['kind']): Refusal => {
        if (!('refusal' in outcome) || outcome.refusal.kind !== kind) {
          throw new Error(`expected ${kind}, but got ${JSON.stringify(outcome)}`);
        }
        return outcome.refusal;
      };
      return {
        thenRecords: (...expected: DecidedEvent[]): void => {
          if (!('events' in outcome))
            throw new Error(`expected events, but refused: ${JSON.stringify(outcome.refusal)}`);
          expect(outcome.events).toEqual(expected);
        },
        /** Refused as invalid with exactly these `[path, code]` issues. */
        thenInvalid: (...expected: [path: string, code: string][]): void => {
          const found = refusal('ValidationFailed');
          const issues = found.kind === 'ValidationFailed' ? found.issues : [];
          expect(issues.map((i) => [i.path, i.code]).sort()).toEqual([...expected].sort());
        },
        thenNotFound: (id: string): void => {
          expect(refusal('NotFound')).toMatchObject({ id });
        },
        thenForbidden: (): void => {
          expect(refusal('Forbidden')).toMatchObject({ message: expect.any(String) });
        },
        thenConflict: (streamId: string): void => {
          expect(refusal('Conflict')).toMatchObject({ streamId });
        },
      };
    },
  });
