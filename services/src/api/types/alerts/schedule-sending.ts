import type { ScheduledSendingView, ScheduleSendingSummary } from '@kpi/projections';
import { builder } from '../../builder.ts';
import type { ApiContext } from '../../context.ts';

/** How the latest period's report of a schedule is being sent, as the log tells it. */
const ScheduleSendingStatusEnum = builder.enumType('ScheduleSendingStatus', {
  values: {
    SENDING: { description: 'A replica is sending it now.' },
    RETRYING: { description: 'The last attempt failed; another is due at `retryAt`.' },
    SENT: { description: 'Mailed to every recipient.' },
    FAILED: { description: 'Every attempt failed; `lastError` says why.' },
  } as const,
});

export const ScheduleSendingRef = builder.objectRef<ScheduledSendingView>('ScheduleSending').implement({
  description: 'The sending of one period’s report of a schedule.',
  fields: (t) => ({
    period: t.exposeString('period', { description: 'The period reported: 2026-03, 2026-Q1 or 2026-T1.' }),
    status: t.field({ type: ScheduleSendingStatusEnum, resolve: (s) => s.status }),
    attempts: t.exposeInt('attempts'),
    lastError: t.exposeString('lastError', { nullable: true }),
    retryAt: t.field({ type: 'DateTime', nullable: true, resolve: (s) => s.retryAt }),
    sentAt: t.field({ type: 'DateTime', nullable: true, resolve: (s) => s.sentAt }),
  }),
});

const NOTHING_SENT: ScheduleSendingSummary = { lastSentPeriod: null, lastSentAt: null, latest: null };

/** A schedule's sending, from the read model the projection runtime folds. */
export const sendingOf = (ctx: ApiContext, scheduleId: string): ScheduleSendingSummary =>
  ctx.services.projections?.readModels.scheduledSending().state.schedules.get(scheduleId) ?? NOTHING_SENT;

/** Whether the latest period's report is failing: waiting for a retry, or given up. */
export const isFailing = (summary: ScheduleSendingSummary): boolean =>
  summary.latest?.status === 'RETRYING' || summary.latest?.status === 'FAILED';
