import type { ReportScheduleRow } from '../api/report-schedules.ts';

/**
 * The slot for a schedule's sending status (the last period sent and when, whether sending is
 * failing, what is being sent now). The list does not ask the server for those fields yet: when
 * `reportSchedules` carries them, add them to the query in `api/report-schedules.ts` and draw them
 * here; the list already places this component in each schedule's row.
 */
export const ScheduleStatus = (_props: { readonly schedule: ReportScheduleRow }) => null;
