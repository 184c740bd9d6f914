import { useState } from 'react';
import { useI18n } from '@/lib/i18n/i18n.tsx';
import { useReportSchedules } from '../api/report-schedules.ts';
import { ScheduleForm } from './schedule-form.tsx';
import { type ListOutcome, ScheduleList } from './schedule-list.tsx';
import '../report-schedules.css';

const SAID = {
  created: 'schedules.created',
  changed: 'schedules.changed',
  withdrawn: 'schedules.withdrawn',
  conflict: 'schedules.conflict',
  notFound: 'schedules.notFound',
  forbidden: 'schedules.forbidden',
} as const satisfies Record<ListOutcome, string>;

const REFUSED: ReadonlySet<ListOutcome> = new Set(['conflict', 'notFound', 'forbidden']);

/**
 * The chair's and deputy chairs' report schedules: the review report e-mailed after each closed
 * period. Whatever an action ends with, the list is read again, so a schedule someone else
 * changed shows as it is now.
 */
const ReportSchedulesPage = () => {
  const { t } = useI18n();
  const schedules = useReportSchedules();
  const [outcome, setOutcome] = useState<ListOutcome | null>(null);
  const settle = (next: ListOutcome) => {
    setOutcome(next);
    schedules.refetch();
  };
  return (
    <section aria-labelledby="schedules-title" className="report-schedules">
      <div className="page-header">
        <div>
          <h1 id="schedules-title">{t('schedules.title')}</h1>
          <p>{t('schedules.lead')}</p>
        </div>
      </div>
      {outcome ? (
        <p
          className={REFUSED.has(outcome) ? 'form-error' : 'notice'}
          role={REFUSED.has(outcome) ? 'alert' : 'status'}
        >
          {t(SAID[outcome])}
        </p>
      ) : null}
      <div className="schedules-layout">
        <ScheduleList schedules={schedules} onOutcome={settle} />
        <ScheduleForm onDone={settle} />
      </div>
    </section>
  );
};

export default ReportSchedulesPage;
