import { scheduledReportStream } from '@kpi/schema';
import { describe, it } from 'vitest';
import { scheduledReportDecider } from './scheduled-report-decider.ts';
import { givenStream, stored } from './stream-decider.test-support.ts';

const given = givenStream(scheduledReportDecider);
const scheduleId = '77777777-7777-4777-8777-777777777777';
const period = '2026-Q1';
const stream = scheduledReportStream(scheduleId, period);
const on = '2026-04-01';
const attempt = (n: number, replica = 'api-1') => ({
  scheduleId,
  period,
  attempt: n,
  replica,
  occurredOn: on,
});
const outcome = (n: number) => ({ scheduleId, period, attempt: n, occurredOn: on });
const failure = (n: number, retryAt: string | null) => ({ ...outcome(n), error: '451 busy', retryAt });

const claimed = stored(stream, 0, 'ScheduledReportAttempted', attempt(1));
const failed = stored(stream, 1, 'ScheduledReportFailed', failure(1, '2026-04-01T00:00:06+05:00'));

describe('scheduled report decider', () => {
  it('claims the first attempt of a report never tried, and the next after a failure to retry', () => {
    given()
      .when({ type: 'ClaimAttempt', data: attempt(1) })
      .thenRecords({ type: 'ScheduledReportAttempted', data: attempt(1) });
    given(claimed, failed)
      .when({ type: 'ClaimAttempt', data: attempt(2) })
      .thenRecords({ type: 'ScheduledReportAttempted', data: attempt(2) });
  });

  it('refuses a claim of an attempt another replica claimed first', () => {
    given(claimed)
      .when({ type: 'ClaimAttempt', data: attempt(1, 'api-2') })
      .thenConflict(stream);
    given(claimed, failed)
      .when({ type: 'ClaimAttempt', data: attempt(3) })
      .thenConflict(stream);
  });

  it('refuses any further attempt once the report was sent or given up', () => {
    given(claimed, stored(stream, 1, 'ScheduledReportSent', outcome(1)))
      .when({ type: 'ClaimAttempt', data: attempt(2) })
      .thenConflict(stream);
    given(claimed, stored(stream, 1, 'ScheduledReportFailed', failure(1, null)))
      .when({ type: 'ClaimAttempt', data: attempt(2) })
      .thenConflict(stream);
  });

  it('records the outcome of the attempt being tried, and of no other', () => {
    given(claimed)
      .when({ type: 'RecordSucceeded', data: outcome(1) })
      .thenRecords({ type: 'ScheduledReportSent', data: outcome(1) });
    given(claimed)
      .when({ type: 'RecordFailed', data: failure(1, null) })
      .thenRecords({ type: 'ScheduledReportFailed', data: failure(1, null) });
    // Attempt 1 was taken over after its lease: its replica's late outcome is not recorded.
    given(claimed, stored(stream, 1, 'ScheduledReportAttempted', attempt(2, 'api-2')))
      .when({ type: 'RecordSucceeded', data: outcome(1) })
      .thenConflict(stream);
    given()
      .when({ type: 'RecordSucceeded', data: outcome(1) })
      .thenConflict(stream);
  });
});
