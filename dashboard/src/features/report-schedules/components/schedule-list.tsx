import { useEffect, useRef, useState } from 'react';
import { ApiErrorPanel } from '@/components/api-error-panel.tsx';
import { EmptyState } from '@/components/empty-state.tsx';
import { PageProgress } from '@/components/page-progress.tsx';
import { useMutation } from '@/lib/graphql/use-mutation.ts';
import { useI18n } from '@/lib/i18n/i18n.tsx';
import {
  type ReportScheduleRow,
  type useReportSchedules,
  WithdrawReportScheduleMutation,
} from '../api/report-schedules.ts';
import { COUNTRY, type FormOutcome, ScheduleForm } from './schedule-form.tsx';
import { ScheduleStatus } from './schedule-status.tsx';

export type ListOutcome = FormOutcome | 'withdrawn';

/** One schedule as read: how often, which unit, which language, to whom; then its actions. */
const ScheduleSummary = ({
  schedule,
  onChange,
  onWithdrawn,
}: {
  readonly schedule: ReportScheduleRow;
  readonly onChange: () => void;
  readonly onWithdrawn: (outcome: ListOutcome) => void;
}) => {
  const { t, region } = useI18n();
  const withdraw = useMutation(WithdrawReportScheduleMutation);
  const [confirming, setConfirming] = useState(false);
  // Asking to confirm moves the keyboard to the answer, and keeping it brings it back.
  const confirmButton = useRef<HTMLButtonElement>(null);
  const withdrawButton = useRef<HTMLButtonElement>(null);
  const asked = useRef(false);
  useEffect(() => {
    if (confirming) confirmButton.current?.focus();
    else if (asked.current) withdrawButton.current?.focus();
    asked.current = confirming;
  }, [confirming]);
  const confirmWithdraw = async () => {
    const answer = await withdraw
      .run({
        input: {
          submissionId: crypto.randomUUID(),
          scheduleId: schedule.id,
          expectedRevision: schedule.revision,
        },
      })
      .catch(() => null);
    if (answer === null) return;
    const result = answer.withdrawReportSchedule.__typename;
    setConfirming(false);
    onWithdrawn(
      result === 'ReportScheduleSucceeded'
        ? 'withdrawn'
        : result === 'ReportScheduleConflict'
          ? 'conflict'
          : result === 'ReportScheduleNotFound'
            ? 'notFound'
            : 'forbidden',
    );
  };
  return (
    <>
      <dl className="schedule-summary">
        <div>
          <dt>{t('schedules.cadence')}</dt>
          <dd>{t(`schedules.cadence.${schedule.cadence}`)}</dd>
        </div>
        <div>
          <dt>{t('schedules.unit')}</dt>
          <dd>{schedule.unit === COUNTRY ? t('schedules.country') : region(schedule.unit)}</dd>
        </div>
        <div>
          <dt>{t('schedules.lang')}</dt>
          <dd>{t(`schedules.lang.${schedule.lang}`)}</dd>
        </div>
        <div>
          <dt>{t('schedules.recipients')}</dt>
          <dd>
            <ul className="schedule-summary__recipients" data-user-text>
              {schedule.recipients.map((address) => (
                <li key={address}>{address}</li>
              ))}
            </ul>
          </dd>
        </div>
      </dl>
      <ScheduleStatus schedule={schedule} />
      {confirming ? (
        <div className="schedule-actions">
          <p>{t('schedules.withdrawConfirm')}</p>
          <button
            ref={confirmButton}
            type="button"
            className="button button--small"
            onClick={confirmWithdraw}
            disabled={withdraw.running}
          >
            {t('schedules.withdrawYes')}
          </button>
          <button type="button" className="button button--small" onClick={() => setConfirming(false)}>
            {t('schedules.keep')}
          </button>
        </div>
      ) : (
        <div className="schedule-actions">
          <button type="button" className="button button--small" onClick={onChange}>
            {t('schedules.change')}
          </button>
          <button
            ref={withdrawButton}
            type="button"
            className="button button--small"
            onClick={() => setConfirming(true)}
          >
            {t('schedules.withdraw')}
          </button>
        </div>
      )}
      {withdraw.error ? <ApiErrorPanel error={withdraw.error} /> : null}
    </>
  );
};

/** The schedules not withdrawn, newest first; one at a time opens in place to be changed. */
export const ScheduleList = ({
  schedules,
  onOutcome,
}: {
  readonly schedules: ReturnType<typeof useReportSchedules>;
  readonly onOutcome: (outcome: ListOutcome) => void;
}) => {
  const { t } = useI18n();
  const [editing, setEditing] = useState<string | null>(null);
  const list = schedules.data?.reportSchedules ?? [];
  const finish = (outcome: ListOutcome) => {
    setEditing(null);
    onOutcome(outcome);
  };
  return (
    <section className="card" aria-labelledby="schedules-list-title">
      <h2 id="schedules-list-title">{t('schedules.list')}</h2>
      {schedules.error ? <ApiErrorPanel error={schedules.error} onRetry={schedules.refetch} /> : null}
      {schedules.loading ? <PageProgress /> : null}
      {schedules.data && list.length === 0 ? (
        <EmptyState title={t('schedules.empty')}>
          <p>{t('schedules.emptyHint')}</p>
        </EmptyState>
      ) : null}
      <ul className="schedule-list">
        {list.map((schedule) => (
          <li key={schedule.id}>
            {editing === schedule.id ? (
              <ScheduleForm schedule={schedule} onDone={finish} onCancel={() => setEditing(null)} />
            ) : (
              <ScheduleSummary
                schedule={schedule}
                onChange={() => setEditing(schedule.id)}
                onWithdrawn={finish}
              />
            )}
          </li>
        ))}
      </ul>
    </section>
  );
};
