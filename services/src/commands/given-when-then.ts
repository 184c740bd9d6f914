import type { DomainEvent, FieldIssue } from '@kpi/schema';
import { expect } from 'vitest';
import { AggregateStates } from './aggregate-states.ts';
import type { DecidableCommand } from './command.ts';
import { decide } from './decide.ts';
import { CommandRefusedError, type Refusal } from './refusal.ts';

type Outcome = { readonly events: DomainEvent[] } | { readonly refusal: Refusal };

const run = (history: readonly DomainEvent[], command: DecidableCommand): Outcome => {
  const states = new AggregateStates();
  for (const event of history) states.apply(event);
  try {
    return { events: decide(command, states) };
  } catch (error) {
    if (error instanceof CommandRefusedError) return { refusal: error.refusal };
    throw error;
  }
};

const describeOutcome = (outcome: Outcome): string =>
  'events' in outcome
    ? `accepted with ${outcome.events.map((e) => e.type).join(', ')}`
    : `refused: ${JSON.stringify(outcome.refusal)}`;

/**
 * Given past events, when a command is decided, then these events are recorded, or the command
 * is refused so. A decider's tests read as the rule they prove.
 */
export const given = (...history: DomainEvent[]) => ({
  when: (command: DecidableCommand) => {
    const outcome = run(history, command);
    const refusal = (kind: Refusal['kind']): Refusal => {
      if (!('refusal' in outcome) || outcome.refusal.kind !== kind) {
        throw new Error(`expected ${kind}, but the command was ${describeOutcome(outcome)}`);
      }
      return outcome.refusal;
    };
    return {
      thenRecords: (...expected: DomainEvent[]): void => {
        if (!('events' in outcome)) throw new Error(`expected events, but ${describeOutcome(outcome)}`);
        expect(outcome.events).toEqual(expected);
      },
      /** Refused as invalid, with exactly these `[path, code]` issues (in any order). */
      thenInvalid: (...expected: [path: string, code: string][]): FieldIssue[] => {
        const found = refusal('ValidationFailed');
        const issues = found.kind === 'ValidationFailed' ? [...found.issues] : [];
        expect(issues.map((i) => [i.path, i.code]).sort()).toEqual([...expected].sort());
        return issues;
      },
      thenNotFound: (id: string): void => {
        expect(refusal('NotFound')).toMatchObject({ id });
      },
      thenForbidden: (): void => {
        expect(refusal('Forbidden')).toMatchObject({ kind: 'Forbidden', message: expect.any(String) });
      },
      thenConflict: (streamId: string): void => {
        expect(refusal('Conflict')).toMatchObject({ streamId });
      },
    };
  },
});
