import { z } from 'zod';
import { businessDate, entityId } from '../fields.ts';
import { COUNTRY_AND_REGIONS, COUNTRY_OR_REGION_HINT } from '../units.ts';
import { AlertRecipients, MAIL_LANGUAGES } from './alerts.ts';

/**
 * The chair's report schedules: after each month, quarter or third (the four-monthly review) the
 * review report of the period just closed goes by e-mail to a list of recipients, in one
 * language, for one unit. Stream `report-schedule-<scheduleId>`. KPIs never read them.
 */
export const REPORT_CADENCES = ['MONTHLY', 'QUARTERLY', 'FOUR_MONTHLY'] as const;
export type ReportCadence = (typeof REPORT_CADENCES)[number];

/** The languages the review report is written in. */
export const SCHEDULE_LANGUAGES = MAIL_LANGUAGES;

const scheduleBody = {
  scheduleId: entityId,
  cadence: z.enum(REPORT_CADENCES, { error: 'must be MONTHLY, QUARTERLY or FOUR_MONTHLY' }),
  // The review report is the country's or a region's; a central body has none of its own.
  unit: z.enum(COUNTRY_AND_REGIONS, { error: COUNTRY_OR_REGION_HINT }),
  lang: z.enum(SCHEDULE_LANGUAGES, { error: 'must be ru, kk or en' }),
  // The same address rule as alert recipients, and at least one: a schedule that mails no one is no schedule.
  recipients: AlertRecipients.shape.emails.min(1, { error: 'must hold at least one e-mail address' }),
  occurredOn: businessDate,
};

export const ReportScheduleCreatedData = z.strictObject(scheduleBody);
/** The whole schedule as changed: cadence, unit, language and recipients replace the earlier ones. */
export const ReportScheduleChangedData = z.strictObject(scheduleBody);
export const ReportScheduleWithdrawnData = z.strictObject({ scheduleId: entityId, occurredOn: businessDate });

export const reportScheduleStream = (scheduleId: string) => `report-schedule-${scheduleId}`;

export const REPORT_SCHEDULE_EVENT_TYPES = [
  'ReportScheduleCreated',
  'ReportScheduleChanged',
  'ReportScheduleWithdrawn',
] as const;

/**
 * Each scheduled report sent: one stream per schedule and period,
 * `scheduled-report-<scheduleId>.<period>`, holding the attempts (each claimed by one replica
 * through the one command path) and their outcomes, as alert deliveries are kept.
 */
const sending = {
  scheduleId: entityId,
  /** The period reported: 2026-03, 2026-Q1 or 2026-T1. */
  period: z.string().regex(/^(19|20|21)\d{2}-(0[1-9]|1[0-2]|Q[1-4]|T[1-3])$/, {
    error: 'must be a month such as 2026-03, a quarter such as 2026-Q1 or a third such as 2026-T1',
  }),
  attempt: z.int().min(1),
  occurredOn: businessDate,
};
/** A replica claimed this attempt: only the one whose append won sends it. */
export const ScheduledReportAttemptedData = z.strictObject({
  ...sending,
  replica: z.string().min(1).max(200),
});
export const ScheduledReportSentData = z.strictObject(sending);
export const ScheduledReportFailedData = z.strictObject({
  ...sending,
  error: z.string().min(1).max(2000),
  /** When the next attempt is due; null when the attempts are exhausted. */
  retryAt: z.iso.datetime({ offset: true }).nullable(),
});

export const scheduledReportStream = (scheduleId: string, period: string) =>
  `scheduled-report-${scheduleId}.${period}`;

export const SCHEDULED_REPORT_EVENT_TYPES = [
  'ScheduledReportAttempted',
  'ScheduledReportSent',
  'ScheduledReportFailed',
] as const;
