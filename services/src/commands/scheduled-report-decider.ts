import type { StreamEvent } from '@kpi/projections';
import { type EventData, scheduledReportStream } from '@kpi/schema';
import { refuse } from './refusal.ts';
import type { DecidedEvent, StreamDecider } from './stream-decider.ts';

/**
 * The server's own commands on one schedule's report for one period: claim an attempt to send it,
 * then record how the attempt ended. Decided against the stream
 * `scheduled-report-<scheduleId>.<period>` and appended with the revision read, so of two replicas
 * claiming the same attempt only one lands; the other is refused and sends nothing.
 */
export type ScheduledReportCommand =
  | { readonly type: 'AttemptScheduledReport'; readonly data: EventData<'ScheduledReportAttempted'> }
  | { readonly type: 'RecordScheduledReportSent'; readonly data: EventData<'ScheduledReportSent'> }
  | { readonly type: 'RecordScheduledReportFailed'; readonly data: EventData<'ScheduledReportFailed'> };

/** The attempts so far: how many, and whether the last is being tried, waits for a retry, or ended it. */
export interface ScheduledReportState {
  readonly attempts: number;
  readonly status: 'NONE' | 'SENDING' | 'RETRYING' | 'SENT' | 'FAILED';
}

export const evolveScheduledReport = (
  state: ScheduledReportState,
  event: StreamEvent,
): ScheduledReportState => {
  const { attempt } = event.data as { attempt: number };
  switch (event.type) {
    case 'ScheduledReportAttempted':
      return { attempts: attempt, status: 'SENDING' };
    case 'ScheduledReportSent':
      return { attempts: attempt, status: 'SENT' };
    case 'ScheduledReportFailed':
      return {
        attempts: attempt,
        status: (event.data as EventData<'ScheduledReportFailed'>).retryAt === null ? 'FAILED' : 'RETRYING',
      };
    default:
      return state;
  }
};

const conflict = (data: { scheduleId: string; period: string }, message: string): never =>
  refuse({ kind: 'Conflict', message, streamId: scheduledReportStream(data.scheduleId, data.period) });

export const decideScheduledReport = (
  command: ScheduledReportCommand,
  state: ScheduledReportState,
): DecidedEvent[] => {
  const { data } = command;
  if (command.type === 'AttemptScheduledReport') {
    if (state.status === 'SENT' || state.status === 'FAILED') {
      conflict(
        data,
        `the report for ${data.period} was ${state.status === 'SENT' ? 'sent' : 'given up'} already`,
      );
    }
    // The attempt after the last one recorded, and no other: another replica's claim of it landed first.
    if (data.attempt !== state.attempts + 1) {
      conflict(data, `attempt ${data.attempt} of the report for ${data.period} was claimed already`);
    }
    return [{ type: 'ScheduledReportAttempted', data }];
  }
  // Only the attempt being tried ends: one taken over after its lease is no longer this replica's.
  if (state.status !== 'SENDING' || state.attempts !== data.attempt) {
    conflict(data, `attempt ${data.attempt} of the report for ${data.period} is not the one being tried`);
  }
  return [
    {
      type: command.type === 'RecordScheduledReportSent' ? 'ScheduledReportSent' : 'ScheduledReportFailed',
      data,
    },
  ];
};

export const scheduledReportDecider: StreamDecider<ScheduledReportCommand, ScheduledReportState> = {
  initialState: () => ({ attempts: 0, status: 'NONE' }),
  evolve: evolveScheduledReport,
  decide: decideScheduledReport,
};
