import { useParams } from 'react-router';
import { useI18n } from '@/lib/i18n/i18n.tsx';
import { WithdrawPerceptionSurveyMutation } from '../../api/withdraw-survey-mutation.ts';
import { almatyToday } from '../../model/region-code.ts';
import { CommandForm } from '../command-form.tsx';
import { DateField, TextAreaField } from '../form-fields.tsx';
import { useSubmission } from '../use-submission.ts';

/** Withdraws a survey entered in error: it then counts nowhere; the withdrawal stays in the log. */
export const WithdrawSurveyForm = () => {
  const { t } = useI18n();
  const { surveyId = '' } = useParams();
  const form = useSubmission(
    WithdrawPerceptionSurveyMutation,
    { reason: '', occurredOn: almatyToday() },
    { reason: t('ws.field.reason'), occurredOn: t('ws.field.occurredOn'), surveyId: t('ws.field.id') },
  );
  const submit = async () => {
    if (form.missing('reason', 'occurredOn')) return;
    await form.send({ surveyId, ...form.values });
  };
  return (
    <CommandForm
      title={t('ws.form.withdrawSurvey')}
      lead={t('ws.form.withdrawSurvey.lead')}
      onSubmit={submit}
      form={form}
    >
      <p className="subject-line">
        <span className="subject-line__id">{surveyId}</span>
      </p>
      <TextAreaField form={form} name="reason" rows={3} maxLength={2000} required />
      <DateField form={form} name="occurredOn" hint={t('ws.field.occurredOn.hint')} required />
    </CommandForm>
  );
};
