import { type EventData, scheduledReportStream } from '@kpi/schema';
import { type AttemptCommand, attemptsDecider } from './attempts-decider.ts';

/**
 * The server's commands on one schedule's report for one period, on the stream
 * `scheduled-report-<scheduleId>.<period>`: claim an attempt to send it, then record how it ended.
 */
export type ScheduledReportCommand = AttemptCommand<
  EventData<'ScheduledReportAttempted'>,
  EventData<'ScheduledReportSent'>,
  EventData<'ScheduledReportFailed'>
>;

export const scheduledReportDecider = attemptsDecider<
  EventData<'ScheduledReportAttempted'>,
  EventData<'ScheduledReportSent'>,
  EventData<'ScheduledReportFailed'>
>({
  attempted: 'ScheduledReportAttempted',
  succeeded: 'ScheduledReportSent',
  failed: 'ScheduledReportFailed',
  streamOf: (data) => scheduledReportStream(data.scheduleId, data.period),
  describe: (data) => `the report of ${data.period}`,
});
