import { almatyDate, type EventData, reportScheduleStream } from '@kpi/schema';
import { deriveId } from '../charts/derive-id.ts';
import type { CommandServices } from '../commands/command-services.ts';
import { handleCommand } from '../commands/handle.ts';
import { type ReportScheduleCommand, reportScheduleDecider } from '../commands/report-schedule-decider.ts';
import { streamCommand } from '../commands/stream-decider.ts';
import type { StreamCommandResult } from '../commands/stream-handle.ts';
import { hasRole, REFUSED, REPORT_SCHEDULERS } from '../identity/policy.ts';
import type { Viewer } from '../identity/viewer.ts';
import type { EventStore, RecordedEvent } from '../store/port.ts';
import { emptyAlertLog, evolveAlertLog, type ReportScheduleView } from './alert-log-state.ts';
import { type AlertOutcome, refused, succeeded } from './alert-refusal.ts';

export interface ScheduleInput {
  readonly submissionId: string;
  readonly cadence: string;
  readonly unit: string;
  readonly lang: string;
  readonly recipients: readonly string[];
}
export interface ChangeScheduleInput extends ScheduleInput {
  readonly scheduleId: string;
  readonly expectedRevision?: number | null;
}
export interface WithdrawScheduleInput {
  readonly submissionId: string;
  readonly scheduleId: string;
  readonly expectedRevision?: number | null;
}

const forbidden = refused({ kind: 'Forbidden', message: REFUSED.onlyReportSchedulers });
const CONFLICT = 'someone changed this report schedule meanwhile; reopen it to see the latest version';

/**
 * Report schedules as events: the chair and deputy chairs create, change and withdraw them, each
 * decided by the report-schedule decider against the schedule's own stream through the one
 * command path (`handleCommand`), appended with the revision it was decided on.
 */
export class ReportSchedules {
  readonly #services: CommandServices;

  constructor(deps: {
    readonly store: EventStore;
    readonly clock: () => Date;
    readonly metrics?: CommandServices['metrics'];
  }) {
    this.#services = deps;
  }

  async create(
    viewer: Viewer,
    input: ScheduleInput,
    correlationId: string,
  ): Promise<AlertOutcome<ReportScheduleView>> {
    if (!hasRole(viewer, REPORT_SCHEDULERS)) return forbidden;
    const scheduleId = deriveId('report-schedule', viewer.userId, input.submissionId);
    const data = {
      ...scheduleBody(input),
      scheduleId,
      occurredOn: this.#today(),
    } as EventData<'ReportScheduleCreated'>;
    return this.#submit(viewer, { type: 'CreateReportSchedule', data }, input.submissionId, correlationId);
  }

  async change(
    viewer: Viewer,
    input: ChangeScheduleInput,
    correlationId: string,
  ): Promise<AlertOutcome<ReportScheduleView>> {
    if (!hasRole(viewer, REPORT_SCHEDULERS)) return forbidden;
    const command: ReportScheduleCommand = {
      type: 'ChangeReportSchedule',
      data: { ...scheduleBody(input), scheduleId: normalised(input.scheduleId), occurredOn: this.#today() },
      expectedRevision: input.expectedRevision ?? undefined,
    };
    return this.#submit(viewer, command, input.submissionId, correlationId);
  }

  async withdraw(
    viewer: Viewer,
    input: WithdrawScheduleInput,
    correlationId: string,
  ): Promise<AlertOutcome<ReportScheduleView>> {
    if (!hasRole(viewer, REPORT_SCHEDULERS)) return forbidden;
    const command: ReportScheduleCommand = {
      type: 'WithdrawReportSchedule',
      data: { scheduleId: normalised(input.scheduleId), occurredOn: this.#today() },
      expectedRevision: input.expectedRevision ?? undefined,
    };
    return this.#submit(viewer, command, input.submissionId, correlationId);
  }

  /** The schedule as its stream tells it now; null when unknown. */
  async read(scheduleId: string): Promise<ReportScheduleView | null> {
    if (!isScheduleId(scheduleId)) return null;
    return foldSchedule(await this.#services.store.readStream(reportScheduleStream(normalised(scheduleId))));
  }

  #today(): string {
    return almatyDate(this.#services.clock());
  }

  async #submit(
    viewer: Viewer,
    command: ReportScheduleCommand,
    submissionId: string,
    correlationId: string,
  ): Promise<AlertOutcome<ReportScheduleView>> {
    const scheduleId = command.data.scheduleId;
    const result = await handleCommand(
      this.#services,
      viewer,
      streamCommand(reportScheduleDecider, reportScheduleStream(scheduleId), command),
      { submissionId, correlationId, channel: 'api' },
    );
    if (result.kind === 'Succeeded') return succeeded((await this.read(scheduleId))!);
    return this.#refused(result, scheduleId);
  }

  async #refused(
    result: Exclude<StreamCommandResult, { kind: 'Succeeded' }>,
    scheduleId: string,
  ): Promise<AlertOutcome<never>> {
    switch (result.kind) {
      case 'Conflict':
      case 'SubmissionReused':
        return refused({
          kind: 'Conflict',
          currentRevision: (await this.read(scheduleId))?.revision ?? -1,
          message: CONFLICT,
        });
      default:
        return refused(result);
    }
  }
}

/** One schedule as its own stream tells it (the same fold as the alert log's); null when it has no events. */
const foldSchedule = (events: readonly RecordedEvent[]): ReportScheduleView | null => {
  const state = emptyAlertLog();
  for (const event of events) evolveAlertLog(state, event);
  return [...state.schedules.values()][0] ?? null;
};

const scheduleBody = (input: ScheduleInput) => ({
  cadence: input.cadence,
  unit: input.unit,
  lang: input.lang,
  recipients: input.recipients,
});

const isScheduleId = (id: unknown): id is string => typeof id === 'string' && /^[0-9a-f-]{36}$/i.test(id);
const normalised = (id: string): string => (isScheduleId(id) ? id.toLowerCase() : id);
