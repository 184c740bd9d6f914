import { alertStreams, type EventData } from '@kpi/schema';
import { describe, it } from 'vitest';
import { alertFiringDecider } from './alert-firing-decider.ts';
import { givenStream, stored } from './stream-decider.test-support.ts';

const given = givenStream(alertFiringDecider);
const ruleId = '55555555-5555-4555-8555-555555555555';
const stream = alertStreams.firing(ruleId);
const transition = (sequence: number, kpi: number, announced?: string[]): EventData<'AlertFired'> => ({
  ruleId,
  sequence,
  unit: 'KZ-75' as const,
  numbers: { status: null, actual: 3, heldTo: null, value: 2, judgedFrom: null, judgedTo: null },
  link: '/overview?region=KZ-75',
  judgedAt: { kpi, targets: 0 },
  ...(announced ? { announced } : {}),
  occurredOn: '2026-06-01',
});
const fired = stored(stream, 0, 'AlertFired', transition(1, 10));
const cleared = stored(stream, 1, 'AlertCleared', transition(1, 20));

describe('alert firing decider', () => {
  it('fires a rule never fired, and again after it cleared', () => {
    given()
      .when({ type: 'RecordAlertFired', data: transition(1, 10) })
      .thenRecords({ type: 'AlertFired', data: transition(1, 10) });
    given(fired, cleared)
      .when({ type: 'RecordAlertFired', data: transition(2, 30) })
      .thenRecords({ type: 'AlertFired', data: transition(2, 30) });
  });

  it('clears the open firing, and no other', () => {
    given(fired)
      .when({ type: 'RecordAlertCleared', data: transition(1, 20) })
      .thenRecords({ type: 'AlertCleared', data: transition(1, 20) });
    given(fired, cleared)
      .when({ type: 'RecordAlertCleared', data: transition(1, 30) })
      .thenConflict(stream);
    given()
      .when({ type: 'RecordAlertCleared', data: transition(0, 30) })
      .thenConflict(stream);
  });

  it('refuses a second record of a transition another replica recorded first', () => {
    given(fired)
      .when({ type: 'RecordAlertFired', data: transition(1, 10) })
      .thenConflict(stream);
    given(fired)
      .when({ type: 'RecordAlertFired', data: transition(2, 15) })
      .thenConflict(stream);
  });

  it('refuses a judgement made on read models older than the last recorded one', () => {
    given(fired)
      .when({ type: 'RecordAlertCleared', data: transition(1, 5) })
      .thenConflict(stream);
  });

  it('lets a recurrence rule fire again while open, for recurrences it has not announced', () => {
    const recurrence = stored(stream, 0, 'AlertFired', transition(1, 10, ['risk-a']));
    given(recurrence)
      .when({ type: 'RecordAlertFired', data: transition(2, 12, ['risk-b']) })
      .thenRecords({ type: 'AlertFired', data: transition(2, 12, ['risk-b']) });
  });
});
