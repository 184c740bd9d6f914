import { useParams } from 'react-router';
import type { VariablesOf } from '@/lib/graphql/graphql.ts';
import { useI18n } from '@/lib/i18n/i18n.tsx';
import { IssueRecommendationMutation } from '../../api/issue-recommendation-mutation.ts';
import { almatyToday, regionEnum } from '../../model/region-code.ts';
import type { OpenRisk } from '../../model/register.ts';
import { riskOptionLabel } from '../../model/risk-option.ts';
import { CommandForm } from '../command-form.tsx';
import { Field } from '../field.tsx';
import { DateField, TextAreaField, TextField } from '../form-fields.tsx';
import { useSubmission } from '../use-submission.ts';
import { SubjectLine, useSubject } from './subject-line.tsx';

type Input = VariablesOf<typeof IssueRecommendationMutation>['input'];

/**
 * A recommendation to remove one risk, issued to an organization, with a due date. Opened from a
 * register row the risk is in the address; opened without one (a central body's page) the officer
 * picks it from `risks`, the unit's own open risks.
 */
export const RecommendationForm = ({ risks = [] }: { risks?: readonly OpenRisk[] }) => {
  const { t, fmt } = useI18n();
  const { riskId: addressRisk = '' } = useParams();
  const picking = addressRisk === '';
  const subject = useSubject();
  const form = useSubmission(
    IssueRecommendationMutation,
    {
      riskId: addressRisk,
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
      riskId: picking ? t('ws.field.recommendRisk') : t('ws.field.id'),
    },
  );
  const riskId = form.values.riskId;
  const submit = async () => {
    if (
      form.missing(...(picking ? (['riskId'] as const) : []), 'organization', 'text', 'occurredOn', 'dueOn')
    )
      return;
    await form.send({ ...form.values, riskId, region: regionEnum<Input['region']>(form.regionCode) });
  };
  const pick = (id: string) => {
    const risk = risks.find((r) => r.riskId === id);
    form.set({ riskId: id, organization: form.values.organization || (risk?.organization ?? '') });
    // The recommendation sits where its risk does.
    if (risk?.region) form.workRegion?.set(risk.region);
  };
  return (
    <CommandForm title={t('ws.form.issueRecommendation')} onSubmit={submit} form={form}>
      {picking ? (
        <Field id="f-riskId" label={form.labels.riskId} issue={form.issues.riskId} required>
          {(c) => (
            <select {...c} value={riskId} onChange={(e) => pick(e.target.value)}>
              <option value="">{t('ws.field.recommendRisk.choose')}</option>
              {risks.map((r) => (
                <option key={r.riskId} value={r.riskId}>
                  {riskOptionLabel(r, { identified: t('ws.register.identifiedOn'), date: fmt.shortDate })}
                </option>
              ))}
            </select>
          )}
        </Field>
      ) : (
        <SubjectLine subject={subject} id={riskId} />
      )}
      <TextField form={form} name="organization" required />
      <TextAreaField form={form} name="text" rows={4} maxLength={5000} required />
      <div className="form-grid">
        <DateField form={form} name="occurredOn" hint={t('ws.field.occurredOn.hint')} required />
        <DateField form={form} name="dueOn" required />
      </div>
    </CommandForm>
  );
};
