import { z } from 'zod';
import { businessDate, entityId } from '../fields.ts';
import { AlertRecipients } from './alerts.ts';
import { TARGET_UNITS } from './target.ts';

/**
 * The chair's report schedules: after each month, quarter or third (the four-monthly review) the
 * review report of the period just closed goes by e-mail to a list of recipients, in one
 * language, for one unit. Stream `report-schedule-<scheduleId>`. KPIs never read them.
 */
export const REPORT_CADENCES = ['MONTHLY', 'QUARTERLY', 'FOUR_MONTHLY'] as const;
export type ReportCadence = (typeof REPORT_CADENCES)[number];

/** The languages the review report is written in. */
export const SCHEDULE_LANGUAGES = ['ru', 'kk', 'en'] as const;

const scheduleBody = {
  scheduleId: entityId,
  cadence: z.enum(REPORT_CADENCES, { error: 'must be MONTHLY, QUARTERLY or FOUR_MONTHLY' }),
  unit: z.enum(TARGET_UNITS, { error: 'must be KZ (the country) or a region code such as KZ-15' }),
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
