import { useParams } from 'react-router';
import { useI18n } from '@/lib/i18n/i18n.tsx';
import { MoveRecommendationDueDateMutation } from '../../api/move-due-date-mutation.ts';
import { RejectRecommendationMutation } from '../../api/reject-recommendation-mutation.ts';
import { WithdrawRiskMutation } from '../../api/withdraw-risk-mutation.ts';
import { almatyToday } from '../../model/region-code.ts';
import { CommandForm } from '../command-form.tsx';
import { DateField, TextAreaField } from '../form-fields.tsx';
import { type FormBinding, type SubmissionOptions, useSubmission } from '../use-submission.ts';
import { SubjectLine, useSubject } from './subject-line.tsx';

/** A correction names its thing, whose unit the server knows: it places nothing. */
export const CORRECTION: SubmissionOptions = { places: false };

/** Withdraws a risk entered in error: it leaves every KPI, the withdrawal stays in the log. */
export const WithdrawForm = () => {
  const { t } = useI18n();
  const { riskId = '' } = useParams();
  const subject = useSubject();
  const form = useSubmission(
    WithdrawRiskMutation,
    // The id rides with the values, so the server's check of the other fields knows the risk.
    { riskId, reason: '', occurredOn: almatyToday() },
    { reason: t('ws.field.reason'), occurredOn: t('ws.field.occurredOn'), riskId: t('ws.field.id') },
    CORRECTION,
  );
  const submit = async () => {
    if (form.missing('reason', 'occurredOn')) return;
    await form.send({ ...form.values, expectedRevision: subject?.revision ?? null });
  };
  return (
    <CommandForm
      title={t('ws.form.withdraw')}
      lead={t('ws.form.withdraw.lead')}
      onSubmit={submit}
      form={form}
    >
      <SubjectLine subject={subject} id={riskId} />
      <ReasonAndDate form={form} />
    </CommandForm>
  );
};

/** Records that a recommendation will not be implemented. */
export const RejectForm = () => {
  const { t } = useI18n();
  const { recommendationId = '' } = useParams();
  const subject = useSubject();
  const form = useSubmission(
    RejectRecommendationMutation,
    { recommendationId, reason: '', occurredOn: almatyToday() },
    {
      reason: t('ws.field.reason'),
      occurredOn: t('ws.field.occurredOn'),
      recommendationId: t('ws.field.id'),
    },
    CORRECTION,
  );
  const submit = async () => {
    if (form.missing('reason', 'occurredOn')) return;
    await form.send({ ...form.values, expectedRevision: subject?.revision ?? null });
  };
  return (
    <CommandForm title={t('ws.form.reject')} onSubmit={submit} form={form}>
      <SubjectLine subject={subject} id={recommendationId} />
      <ReasonAndDate form={form} />
    </CommandForm>
  );
};

/** Moves a recommendation's due date; the latest move counts. */
export const MoveDueForm = () => {
  const { t } = useI18n();
  const { recommendationId = '' } = useParams();
  const subject = useSubject();
  const form = useSubmission(
    MoveRecommendationDueDateMutation,
    { recommendationId, dueOn: subject?.date ?? '', reason: '', occurredOn: almatyToday() },
    {
      dueOn: t('ws.field.newDueOn'),
      reason: t('ws.field.reason'),
      occurredOn: t('ws.field.occurredOn'),
      recommendationId: t('ws.field.id'),
    },
    CORRECTION,
  );
  const submit = async () => {
    if (form.missing('dueOn', 'reason', 'occurredOn')) return;
    await form.send({ ...form.values, expectedRevision: subject?.revision ?? null });
  };
  return (
    <CommandForm title={t('ws.form.moveDue')} onSubmit={submit} form={form}>
      <SubjectLine subject={subject} id={recommendationId} />
      <DateField form={form} name="dueOn" required />
      <ReasonAndDate form={form} />
    </CommandForm>
  );
};

/** Why the correction is made, and the day it was decided: asked by every correction. */
const ReasonAndDate = ({ form }: { form: FormBinding<{ reason: string; occurredOn: string }> }) => {
  const { t } = useI18n();
  return (
    <>
      <TextAreaField form={form} name="reason" rows={3} maxLength={2000} required />
      <DateField form={form} name="occurredOn" hint={t('ws.field.occurredOn.hint')} required />
    </>
  );
};
