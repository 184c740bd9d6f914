import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { useI18n } from '@/lib/i18n/i18n.tsx';
import { MoveRecommendationDueDateMutation } from '../../api/move-due-date-mutation.ts';
import { RejectRecommendationMutation } from '../../api/reject-recommendation-mutation.ts';
import { WithdrawRiskMutation } from '../../api/withdraw-risk-mutation.ts';
import { almatyToday } from '../../model/region-code.ts';
import { CommandForm } from '../command-form.tsx';
import { Field } from '../field.tsx';
import { useCommand } from '../use-command.ts';
import { SubjectLine, useSubject } from './subject-line.tsx';

const useBack = () => {
  const { regionCode = '' } = useParams();
  const navigate = useNavigate();
  const back = `/regions/${regionCode}`;
  return {
    back,
    done: (replayed?: boolean) => navigate(back, { state: { flash: replayed ? 'replayed' : 'saved' } }),
  };
};

/** Withdraws a risk entered in error: it leaves every KPI, the withdrawal stays in the log. */
export const WithdrawForm = () => {
  const { t } = useI18n();
  const { riskId = '' } = useParams();
  const subject = useSubject();
  const { back, done } = useBack();
  const command = useCommand(WithdrawRiskMutation, ['reason', 'occurredOn', 'riskId']);
  const [reason, setReason] = useState('');
  const [occurredOn, setOccurredOn] = useState(almatyToday());
  const labels = { reason: t('ws.field.reason'), occurredOn: t('ws.field.occurredOn'), riskId: 'ID' };
  const submit = async () => {
    if (command.missing({ occurredOn })) return;
    const answer = await command.submit({
      riskId,
      reason,
      occurredOn,
      expectedRevision: subject?.revision ?? null,
    });
    if (answer) done(answer.replayed);
  };
  return (
    <CommandForm
      title={t('ws.form.withdraw')}
      lead={t('ws.form.withdraw.lead')}
      backTo={back}
      onSubmit={submit}
      state={command}
      labels={labels}
    >
      <SubjectLine subject={subject} id={riskId} />
      <ReasonAndDate
        reason={reason}
        setReason={setReason}
        date={occurredOn}
        setDate={setOccurredOn}
        issues={command.issues}
      />
    </CommandForm>
  );
};

/** Records that a recommendation will not be implemented. */
export const RejectForm = () => {
  const { t } = useI18n();
  const { recommendationId = '' } = useParams();
  const subject = useSubject();
  const { back, done } = useBack();
  const command = useCommand(RejectRecommendationMutation, ['reason', 'occurredOn', 'recommendationId']);
  const [reason, setReason] = useState('');
  const [occurredOn, setOccurredOn] = useState(almatyToday());
  const labels = {
    reason: t('ws.field.reason'),
    occurredOn: t('ws.field.occurredOn'),
    recommendationId: 'ID',
  };
  const submit = async () => {
    if (command.missing({ occurredOn })) return;
    const answer = await command.submit({
      recommendationId,
      reason,
      occurredOn,
      expectedRevision: subject?.revision ?? null,
    });
    if (answer) done(answer.replayed);
  };
  return (
    <CommandForm title={t('ws.form.reject')} backTo={back} onSubmit={submit} state={command} labels={labels}>
      <SubjectLine subject={subject} id={recommendationId} />
      <ReasonAndDate
        reason={reason}
        setReason={setReason}
        date={occurredOn}
        setDate={setOccurredOn}
        issues={command.issues}
      />
    </CommandForm>
  );
};

/** Moves a recommendation's due date; the latest move counts. */
export const MoveDueForm = () => {
  const { t } = useI18n();
  const { recommendationId = '' } = useParams();
  const subject = useSubject();
  const { back, done } = useBack();
  const command = useCommand(MoveRecommendationDueDateMutation, [
    'dueOn',
    'reason',
    'occurredOn',
    'recommendationId',
  ]);
  const [dueOn, setDueOn] = useState(subject?.date ?? '');
  const [reason, setReason] = useState('');
  const [occurredOn, setOccurredOn] = useState(almatyToday());
  const labels = {
    dueOn: t('ws.field.newDueOn'),
    reason: t('ws.field.reason'),
    occurredOn: t('ws.field.occurredOn'),
    recommendationId: 'ID',
  };
  const submit = async () => {
    if (command.missing({ dueOn, occurredOn })) return;
    const answer = await command.submit({
      recommendationId,
      dueOn,
      reason,
      occurredOn,
      expectedRevision: subject?.revision ?? null,
    });
    if (answer) done(answer.replayed);
  };
  return (
    <CommandForm title={t('ws.form.moveDue')} backTo={back} onSubmit={submit} state={command} labels={labels}>
      <SubjectLine subject={subject} id={recommendationId} />
      <Field id="f-dueOn" label={labels.dueOn} issue={command.issues.dueOn} required>
        {(c) => <input {...c} type="date" value={dueOn} onChange={(e) => setDueOn(e.target.value)} />}
      </Field>
      <ReasonAndDate
        reason={reason}
        setReason={setReason}
        date={occurredOn}
        setDate={setOccurredOn}
        issues={command.issues}
      />
    </CommandForm>
  );
};

type Issues = ReturnType<typeof useCommand>['issues'];

const ReasonAndDate = (props: {
  reason: string;
  setReason: (v: string) => void;
  date: string;
  setDate: (v: string) => void;
  issues: Issues;
}) => {
  const { t } = useI18n();
  return (
    <>
      <Field id="f-reason" label={t('ws.field.reason')} issue={props.issues.reason} required>
        {(c) => (
          <textarea
            {...c}
            rows={3}
            maxLength={2000}
            value={props.reason}
            onChange={(e) => props.setReason(e.target.value)}
          />
        )}
      </Field>
      <Field
        id="f-occurredOn"
        label={t('ws.field.occurredOn')}
        hint={t('ws.field.occurredOn.hint')}
        issue={props.issues.occurredOn}
        required
      >
        {(c) => (
          <input {...c} type="date" value={props.date} onChange={(e) => props.setDate(e.target.value)} />
        )}
      </Field>
    </>
  );
};
