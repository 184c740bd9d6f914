import type { VariablesOf } from 'gql.tada';
import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { ApiErrorPanel } from '@/components/api-error-panel.tsx';
import { useMutation } from '@/lib/graphql/use-mutation.ts';
import { useI18n } from '@/lib/i18n/i18n.tsx';
import { REGION_LABELS } from '@/lib/i18n/vocabulary.generated.ts';
import {
  ChangeReportScheduleMutation,
  CreateReportScheduleMutation,
  type ReportScheduleRow,
} from '../api/report-schedules.ts';
import {
  hasProblems,
  NO_PROBLEMS,
  problemsOf,
  recipientsToSend,
  type ScheduleIssueKey,
  type ScheduleProblems,
} from '../model/schedule-issues.ts';

export const CADENCES = ['MONTHLY', 'QUARTERLY', 'FOUR_MONTHLY'] as const;
export const REPORT_LANGS = ['ru', 'kk', 'en'] as const;
export const COUNTRY = 'KZ';
const MAX_RECIPIENTS = 20;

/** What the form ended with: the list says it and reloads. */
export type FormOutcome = 'created' | 'changed' | 'conflict' | 'notFound' | 'forbidden';

interface Values {
  readonly cadence: string;
  readonly unit: string;
  readonly lang: string;
  readonly recipients: readonly string[];
}

const valuesOf = (schedule: ReportScheduleRow | undefined, lang: string): Values =>
  schedule
    ? {
        cadence: schedule.cadence,
        unit: schedule.unit,
        lang: schedule.lang,
        recipients: schedule.recipients.length > 0 ? schedule.recipients : [''],
      }
    : { cadence: 'QUARTERLY', unit: COUNTRY, lang, recipients: [''] };

/**
 * One schedule's cadence, unit, language and recipients: a new one, or `schedule` changed at the
 * revision shown. The server checks every field; each refusal is said under the field it names.
 */
export const ScheduleForm = ({
  schedule,
  onDone,
  onCancel,
}: {
  readonly schedule?: ReportScheduleRow;
  readonly onDone: (outcome: FormOutcome) => void;
  readonly onCancel?: () => void;
}) => {
  const { t, region, lang } = useI18n();
  const id = useId();
  const [values, setValues] = useState<Values>(() => valuesOf(schedule, lang));
  const [problems, setProblems] = useState<ScheduleProblems>(NO_PROBLEMS);
  const create = useMutation(CreateReportScheduleMutation);
  const change = useMutation(ChangeReportScheduleMutation);
  const running = create.running || change.running;
  const requestError = create.error ?? change.error;
  const firstField = useRef<HTMLSelectElement>(null);
  const focusBox = useRef<number | null>(null);
  const boxes = useRef<(HTMLInputElement | null)[]>([]);

  // Changing opens the form in place of the row: the keyboard lands in it, not back at the top.
  useEffect(() => {
    if (schedule) firstField.current?.focus();
  }, [schedule]);
  useEffect(() => {
    if (focusBox.current === null) return;
    boxes.current[focusBox.current]?.focus();
    focusBox.current = null;
  });

  const set = (patch: Partial<Values>) => setValues((v) => ({ ...v, ...patch }));
  const setBox = (index: number, address: string) =>
    set({ recipients: values.recipients.map((r, i) => (i === index ? address : r)) });
  const addBox = () => {
    focusBox.current = values.recipients.length;
    set({ recipients: [...values.recipients, ''] });
  };
  const removeBox = (index: number) => {
    focusBox.current = Math.max(0, index - 1);
    set({ recipients: values.recipients.filter((_, i) => i !== index) });
    setProblems(NO_PROBLEMS);
  };

  const send = async (
    fields: Omit<VariablesOf<typeof CreateReportScheduleMutation>['input'], never>,
    editing?: ReportScheduleRow,
  ) =>
    editing
      ? (
          await change.run({
            input: { ...fields, scheduleId: editing.id, expectedRevision: editing.revision },
          })
        ).changeReportSchedule
      : (await create.run({ input: fields })).createReportSchedule;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const { sent, boxOf } = recipientsToSend(values.recipients);
    const fields = {
      submissionId: crypto.randomUUID(),
      cadence: values.cadence,
      unit: values.unit,
      lang: values.lang,
      recipients: sent,
    };
    // A failed request (network, server) is shown from the mutation's own error state.
    const answer = await send(fields, schedule).catch(() => null);
    if (answer === null) return;
    switch (answer.__typename) {
      case 'ReportScheduleSucceeded':
        setProblems(NO_PROBLEMS);
        if (!schedule) setValues(valuesOf(undefined, lang));
        onDone(schedule ? 'changed' : 'created');
        return;
      case 'ReportScheduleValidationFailed': {
        setProblems(problemsOf(answer.issues, boxOf));
        return;
      }
      case 'ReportScheduleConflict':
        onDone('conflict');
        return;
      case 'ReportScheduleNotFound':
        onDone('notFound');
        return;
      case 'ReportScheduleForbidden':
        onDone('forbidden');
        return;
    }
  };

  const errorId = (field: string) => `${id}-${field}-error`;
  const invalid = (field: string, issue: ScheduleIssueKey | undefined) => ({
    'aria-invalid': issue ? true : undefined,
    'aria-describedby': issue ? errorId(field) : undefined,
  });
  const issueLine = (field: string, issue: ScheduleIssueKey | undefined) =>
    issue ? (
      <p id={errorId(field)} className="field__error">
        {t(issue)}
      </p>
    ) : null;

  const titleId = `${id}-title`;
  return (
    <form className="card schedule-form" onSubmit={submit} aria-labelledby={titleId} noValidate>
      <h2 id={titleId}>{t(schedule ? 'schedules.form.changeTitle' : 'schedules.form.createTitle')}</h2>
      <div className="field">
        <label htmlFor={`${id}-cadence`}>{t('schedules.cadence')}</label>
        <select
          id={`${id}-cadence`}
          ref={firstField}
          value={values.cadence}
          onChange={(e) => set({ cadence: e.target.value })}
          {...invalid('cadence', problems.cadence)}
        >
          {CADENCES.map((cadence) => (
            <option key={cadence} value={cadence}>
              {t(`schedules.cadence.${cadence}`)}
            </option>
          ))}
        </select>
        {issueLine('cadence', problems.cadence)}
      </div>
      <div className="field">
        <label htmlFor={`${id}-unit`}>{t('schedules.unit')}</label>
        <select
          id={`${id}-unit`}
          value={values.unit}
          onChange={(e) => set({ unit: e.target.value })}
          {...invalid('unit', problems.unit)}
        >
          <option value={COUNTRY}>{t('schedules.country')}</option>
          {Object.keys(REGION_LABELS).map((code) => (
            <option key={code} value={code}>
              {region(code)}
            </option>
          ))}
        </select>
        {issueLine('unit', problems.unit)}
      </div>
      <div className="field">
        <label htmlFor={`${id}-lang`}>{t('schedules.lang')}</label>
        <select
          id={`${id}-lang`}
          value={values.lang}
          onChange={(e) => set({ lang: e.target.value })}
          {...invalid('lang', problems.lang)}
        >
          {REPORT_LANGS.map((code) => (
            <option key={code} value={code}>
              {t(`schedules.lang.${code}`)}
            </option>
          ))}
        </select>
        {issueLine('lang', problems.lang)}
      </div>
      <fieldset className="schedule-form__recipients" {...invalid('recipients', problems.recipients)}>
        <legend>{t('schedules.recipients')}</legend>
        {values.recipients.map((address, index) => {
          const n = index + 1;
          const issue = problems.recipientBoxes[index];
          return (
            // biome-ignore lint/suspicious/noArrayIndexKey: the boxes are positions in a list the reader edits.
            <div className="field schedule-form__recipient" key={index}>
              <label htmlFor={`${id}-recipient-${index}`}>{t('schedules.form.recipient', { n })}</label>
              <div className="schedule-form__address">
                <input
                  id={`${id}-recipient-${index}`}
                  ref={(el) => {
                    boxes.current[index] = el;
                  }}
                  type="email"
                  autoComplete="email"
                  value={address}
                  onChange={(e) => setBox(index, e.target.value)}
                  {...invalid(`recipient-${index}`, issue)}
                />
                {values.recipients.length > 1 ? (
                  <button
                    type="button"
                    className="button button--small"
                    aria-label={t('schedules.form.removeRecipient', { n })}
                    onClick={() => removeBox(index)}
                  >
                    ×
                  </button>
                ) : null}
              </div>
              {issueLine(`recipient-${index}`, issue)}
            </div>
          );
        })}
        {issueLine('recipients', problems.recipients)}
        {values.recipients.length < MAX_RECIPIENTS ? (
          <button type="button" className="button button--small" onClick={addBox}>
            {t('schedules.form.addRecipient')}
          </button>
        ) : null}
      </fieldset>
      {problems.unplaced.length > 0 ? (
        <p className="form-error" role="alert">
          {problems.unplaced.map((path) => t('schedules.issue.other', { path })).join(' ')}
        </p>
      ) : hasProblems(problems) ? (
        <p className="form-error" role="alert">
          {t('schedules.refused')}
        </p>
      ) : null}
      {requestError ? <ApiErrorPanel error={requestError} /> : null}
      <div className="schedule-form__actions">
        <button type="submit" className="button button--primary" disabled={running}>
          {t(schedule ? 'schedules.form.save' : 'schedules.form.create')}
        </button>
        {onCancel ? (
          <button type="button" className="button" onClick={onCancel}>
            {t('schedules.form.cancel')}
          </button>
        ) : null}
      </div>
    </form>
  );
};
