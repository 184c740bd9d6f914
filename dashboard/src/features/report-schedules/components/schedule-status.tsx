import { useI18n } from '@/lib/i18n/i18n.tsx';
import type { ReportScheduleRow } from '../api/report-schedules.ts';
import { parseSchedulePeriod } from '../model/schedule-period.ts';

/** How a schedule's sending goes: the last report mailed, and the latest period's attempt. */
export const ScheduleStatus = ({ schedule }: { readonly schedule: ReportScheduleRow }) => {
  const { t, fmt } = useI18n();
  const periodText = (period: string) => {
    const parsed = parseSchedulePeriod(period);
    if (!parsed) return period;
    if (parsed.kind === 'month') return fmt.month(parsed.firstDay);
    return t(`schedules.period.${parsed.kind}`, { n: parsed.n, year: parsed.year });
  };
  const sending = schedule.sending;
  return (
    <div className="schedule-status" role="status">
      <p>
        {schedule.lastSentPeriod && schedule.lastSentAt
          ? t('schedules.status.lastSent', {
              period: periodText(schedule.lastSentPeriod),
              at: fmt.dateTime(schedule.lastSentAt),
            })
          : t('schedules.status.none')}
      </p>
      {sending && sending.status !== 'SENT' ? (
        <p className={schedule.failing ? 'schedule-status__failing' : undefined}>
          {t(`schedules.status.${sending.status}`, {
            period: periodText(sending.period),
            attempts: sending.attempts,
            retryAt: sending.retryAt ? fmt.dateTime(sending.retryAt) : '—',
          })}
          {sending.lastError ? <code className="schedule-status__error">{sending.lastError}</code> : null}
        </p>
      ) : null}
    </div>
  );
};
