import type { StreamEvent } from '@kpi/projections';
import { type EventData, ReportScheduleChangedData, reportScheduleStream, toFieldIssues } from '@kpi/schema';
import { refuse } from './refusal.ts';
import type { DecidedEvent, StreamDecider } from './stream-decider.ts';

/**
 * The chair's (and deputies') report-schedule commands, each decided against the schedule's own
 * stream. The caller makes a new schedule's id and reads "now".
 */
export type ReportScheduleCommand =
  | { readonly type: 'CreateReportSchedule'; readonly data: EventData<'ReportScheduleCreated'> }
  | {
      readonly type: 'ChangeReportSchedule';
      /** As submitted: checked here, so that a change to what the schedule already says records nothing. */
      readonly data: { readonly scheduleId: string; readonly occurredOn: string } & Record<string, unknown>;
      readonly expectedRevision?: number;
    }
  | {
      readonly type: 'WithdrawReportSchedule';
      readonly data: EventData<'ReportScheduleWithdrawn'>;
      readonly expectedRevision?: number;
    };

/** A schedule as its stream tells it: null before it is created. */
export type ReportScheduleState = {
  readonly revision: number;
  readonly body: string;
  readonly withdrawn: boolean;
} | null;

/** What a schedule says, compared as written: the same cadence, unit, language and recipients again records nothing. */
const bodyOf = (data: unknown): string => {
  const { cadence, unit, lang, recipients } = data as Record<string, unknown>;
  return JSON.stringify([cadence, unit, lang, recipients]);
};

export const evolveReportSchedule = (
  schedule: ReportScheduleState,
  event: StreamEvent,
): ReportScheduleState => {
  if (event.type === 'ReportScheduleCreated') {
    return { revision: event.revision, body: bodyOf(event.data), withdrawn: false };
  }
  if (schedule === null) return null;
  switch (event.type) {
    case 'ReportScheduleChanged':
      return { ...schedule, revision: event.revision, body: bodyOf(event.data) };
    case 'ReportScheduleWithdrawn':
      return { ...schedule, revision: event.revision, withdrawn: true };
    default:
      return schedule;
  }
};

export const decideReportSchedule = (
  command: ReportScheduleCommand,
  schedule: ReportScheduleState,
): DecidedEvent[] => {
  if (command.type === 'CreateReportSchedule') {
    // The id derives from the author and the submission: only a resubmission meets it, and that is answered before.
    if (schedule !== null) {
      refuse({
        kind: 'Conflict',
        message: `report schedule ${command.data.scheduleId} exists already`,
        streamId: reportScheduleStream(command.data.scheduleId),
      });
    }
    return [{ type: 'ReportScheduleCreated', data: command.data }];
  }
  const live = liveSchedule(schedule, command.data.scheduleId, command.expectedRevision);
  if (command.type === 'WithdrawReportSchedule') {
    return [{ type: 'ReportScheduleWithdrawn', data: command.data }];
  }
  const parsed = ReportScheduleChangedData.safeParse(command.data);
  if (!parsed.success) {
    refuse({
      kind: 'ValidationFailed',
      issues: toFieldIssues(parsed.error, '', command.data).map((i) => ({
        ...i,
        path: i.path.replace(/^data\.?/, ''),
      })),
    });
  }
  const data = parsed.data!;
  return bodyOf(data) === live.body ? [] : [{ type: 'ReportScheduleChanged', data }];
};

/** The schedule exists, is not withdrawn, and is at the revision its editor saw. */
const liveSchedule = (
  schedule: ReportScheduleState,
  scheduleId: string,
  expected: number | undefined,
): NonNullable<ReportScheduleState> => {
  if (schedule === null || schedule.withdrawn) {
    return refuse({
      kind: 'NotFound',
      id: scheduleId,
      message: `report schedule ${scheduleId} does not exist or was withdrawn`,
    });
  }
  if (expected !== undefined && expected !== schedule.revision) {
    refuse({
      kind: 'Conflict',
      message: 'someone changed this report schedule meanwhile; reopen it to see the latest version',
      streamId: reportScheduleStream(scheduleId),
    });
  }
  return schedule;
};

export const reportScheduleDecider: StreamDecider<ReportScheduleCommand, ReportScheduleState> = {
  initialState: () => null,
  evolve: evolveReportSchedule,
  decide: decideReportSchedule,
};
