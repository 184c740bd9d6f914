import { useParams } from 'react-router';
import type { VariablesOf } from '@/lib/graphql/graphql.ts';
import { useI18n } from '@/lib/i18n/i18n.tsx';
import { IssueRecommendationMutation } from '../../api/issue-recommendation-mutation.ts';
import { almatyToday, regionEnum } from '../../model/region-code.ts';
import { CommandForm } from '../command-form.tsx';
import { DateField, TextAreaField, TextField } from '../form-fields.tsx';
import { useSubmission } from '../use-submission.ts';
import { SubjectLine, useSubject } from './subject-line.tsx';

type Input = VariablesOf<typeof IssueRecommendationMutation>['input'];

/** A recommendation to remove one risk, issued to an organization, with a due date. */
export const RecommendationForm = () => {
  const { t } = useI18n();
  const { riskId = '' } = useParams();
  const subject = useSubject();
  const form = useSubmission(
    IssueRecommendationMutation,
    {
      organization: subject?.organization ?? '',
      text: '',
      dueOn: '',
      occurredOn: almatyToday(),
    },
    {
      organization: t('ws.field.organization'),
      text: t('ws.field.text'),
      dueOn: t('ws.field.dueOn'),
      occurredOn: t('ws.field.occurredOn'),
      riskId: t('ws.field.id'),
    },
  );
  const submit = async () => {
    if (form.missing('organization', 'text', 'occurredOn', 'dueOn')) return;
    await form.send({ ...form.values, riskId, region: regionEnum<Input['region']>(form.regionCode) });
  };
  return (
    <CommandForm title={t('ws.form.issueRecommendation')} onSubmit={submit} form={form}>
      <SubjectLine subject={subject} id={riskId} />
      <TextField form={form} name="organization" required />
      <TextAreaField form={form} name="text" rows={4} maxLength={5000} required />
      <div className="form-grid">
        <DateField form={form} name="occurredOn" hint={t('ws.field.occurredOn.hint')} required />
        <DateField form={form} name="dueOn" required />
      </div>
    </CommandForm>
  );
};
