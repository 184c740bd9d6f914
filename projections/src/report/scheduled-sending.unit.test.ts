import { describe, expect, it } from 'vitest';
import { emptyScheduledSendingState, evolveScheduledSending, sendingKey } from './scheduled-sending.ts';

const scheduleId = '77777777-7777-4777-8777-777777777777';
let position = 0;
const event = (type: string, data: Record<string, unknown>, recordedAt: string) => ({
  id: `e-${++position}`,
  streamId: `scheduled-report-${scheduleId}.${String(data.period)}`,
  type,
  position,
  data: { scheduleId, occurredOn: '2026-04-01', ...data },
  metadata: {
    recordedAt,
    submittedBy: 'system:reports',
    region: null,
    submissionId: 's',
    correlationId: 'c',
    channel: 'system',
  },
});

describe('the scheduled-sending read model', () => {
  it('shows a retry with its error, then the report sent, and the next period as the latest', () => {
    const state = emptyScheduledSendingState();
    const fold = (...events: ReturnType<typeof event>[]) => {
      for (const e of events) evolveScheduledSending(state, e);
    };
    fold(
      event(
        'ScheduledReportAttempted',
        { period: '2026-Q1', attempt: 1, replica: 'a' },
        '2026-03-31T19:00:01Z',
      ),
      event(
        'ScheduledReportFailed',
        { period: '2026-Q1', attempt: 1, error: '451 busy', retryAt: '2026-03-31T19:00:06Z' },
        '2026-03-31T19:00:02Z',
      ),
    );
    expect(state.schedules.get(scheduleId)).toEqual({
      lastSentPeriod: null,
      lastSentAt: null,
      latest: {
        scheduleId,
        period: '2026-Q1',
        status: 'RETRYING',
        attempts: 1,
        lastError: '451 busy',
        retryAt: '2026-03-31T19:00:06Z',
        attemptedAt: '2026-03-31T19:00:01Z',
        sentAt: null,
      },
    });
    fold(
      event(
        'ScheduledReportAttempted',
        { period: '2026-Q1', attempt: 2, replica: 'b' },
        '2026-03-31T19:00:07Z',
      ),
      event('ScheduledReportSent', { period: '2026-Q1', attempt: 2 }, '2026-03-31T19:00:08Z'),
    );
    expect(state.sendings.get(sendingKey(scheduleId, '2026-Q1'))).toMatchObject({
      status: 'SENT',
      attempts: 2,
      lastError: '451 busy',
      retryAt: null,
      sentAt: '2026-03-31T19:00:08Z',
    });
    fold(
      event(
        'ScheduledReportAttempted',
        { period: '2026-Q2', attempt: 1, replica: 'a' },
        '2026-06-30T19:00:01Z',
      ),
      event(
        'ScheduledReportFailed',
        { period: '2026-Q2', attempt: 1, error: 'refused', retryAt: null },
        '2026-06-30T19:00:02Z',
      ),
    );
    expect(state.schedules.get(scheduleId)).toMatchObject({
      lastSentPeriod: '2026-Q1',
      lastSentAt: '2026-03-31T19:00:08Z',
      latest: { period: '2026-Q2', status: 'FAILED', attempts: 1, lastError: 'refused' },
    });
    expect(state.position).toBe(position);
  });

  it('ignores events of other types', () => {
    const state = emptyScheduledSendingState();
    evolveScheduledSending(state, event('ReportScheduleCreated', { period: 'x' }, '2026-01-01T00:00:00Z'));
    expect(state.schedules.size).toBe(0);
    expect(state.position).toBe(0);
  });
});
