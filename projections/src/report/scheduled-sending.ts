import { type EventData, SCHEDULED_REPORT_EVENT_TYPES } from '@kpi/schema';
import type { ProjectedEvent, Projection } from '../projection.ts';

export type ScheduledSendingStatus = 'SENDING' | 'RETRYING' | 'SENT' | 'FAILED';

/** Where one schedule's report for one period stands. */
export interface ScheduledSendingView {
  readonly scheduleId: string;
  readonly period: string;
  readonly status: ScheduledSendingStatus;
  readonly attempts: number;
  readonly lastError: string | null;
  /** When the next attempt is due (RETRYING). */
  readonly retryAt: string | null;
  /** When the last attempt was claimed: a SENDING left too long by a replica that stopped is taken over. */
  readonly attemptedAt: string;
  readonly sentAt: string | null;
}

/** What the chair sees of a schedule's sending: the last report sent, and the latest period's sending. */
export interface ScheduleSendingSummary {
  readonly lastSentPeriod: string | null;
  readonly lastSentAt: string | null;
  /** The period attempted last, in log order; null before the first attempt. */
  readonly latest: ScheduledSendingView | null;
}

export interface ScheduledSendingState {
  /** By `scheduleId.period`. */
  readonly sendings: Map<string, ScheduledSendingView>;
  readonly schedules: Map<string, ScheduleSendingSummary>;
  position: number;
}

export const emptyScheduledSendingState = (): ScheduledSendingState => ({
  sendings: new Map(),
  schedules: new Map(),
  position: 0,
});

export const sendingKey = (scheduleId: string, period: string): string => `${scheduleId}.${period}`;

const NO_SUMMARY: ScheduleSendingSummary = { lastSentPeriod: null, lastSentAt: null, latest: null };

const statusOf = (event: ProjectedEvent): ScheduledSendingStatus => {
  if (event.type === 'ScheduledReportAttempted') return 'SENDING';
  if (event.type === 'ScheduledReportSent') return 'SENT';
  return (event.data as EventData<'ScheduledReportFailed'>).retryAt === null ? 'FAILED' : 'RETRYING';
};

/**
 * Folds the attempts to send scheduled reports and their outcomes (in place; returns the state).
 * Pure: the instants shown are the ones recorded with the events.
 */
export const evolveScheduledSending = (
  state: ScheduledSendingState,
  event: ProjectedEvent,
): ScheduledSendingState => {
  if (!(SCHEDULED_REPORT_EVENT_TYPES as readonly string[]).includes(event.type)) return state;
  const data = event.data as EventData<'ScheduledReportFailed'>;
  const at = event.metadata.recordedAt;
  const key = sendingKey(data.scheduleId, data.period);
  const before = state.sendings.get(key);
  const status = statusOf(event);
  const failed = event.type === 'ScheduledReportFailed';
  const view: ScheduledSendingView = {
    scheduleId: data.scheduleId,
    period: data.period,
    status,
    attempts: data.attempt,
    lastError: failed ? data.error : (before?.lastError ?? null),
    retryAt: failed ? data.retryAt : null,
    attemptedAt: status === 'SENDING' ? at : (before?.attemptedAt ?? at),
    sentAt: status === 'SENT' ? at : (before?.sentAt ?? null),
  };
  state.sendings.set(key, view);
  const summary = state.schedules.get(data.scheduleId) ?? NO_SUMMARY;
  state.schedules.set(data.scheduleId, {
    lastSentPeriod: status === 'SENT' ? data.period : summary.lastSentPeriod,
    lastSentAt: status === 'SENT' ? at : summary.lastSentAt,
    latest: view,
  });
  state.position = event.position;
  return state;
};

export const scheduledSendingProjection: Projection<ScheduledSendingState> = {
  name: 'scheduled-sending',
  canHandle: SCHEDULED_REPORT_EVENT_TYPES,
  initialState: emptyScheduledSendingState,
  evolve: evolveScheduledSending,
};
