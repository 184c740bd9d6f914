import { useParams } from 'react-router';
import type { VariablesOf } from '@/lib/graphql/graphql.ts';
import { useI18n } from '@/lib/i18n/i18n.tsx';
import { CAUSE_LABELS, SOURCE_LABELS, SPHERE_LABELS } from '@/lib/i18n/vocabulary.generated.ts';
import { ReclassifyRiskMutation } from '../../api/reclassify-risk-mutation.ts';
import { almatyToday } from '../../model/region-code.ts';
import { CommandForm } from '../command-form.tsx';
import { ChoiceField, DateField, TextAreaField, TextField } from '../form-fields.tsx';
import { useSubmission } from '../use-submission.ts';
import { CORRECTION } from './simple-correction-form.tsx';
import { SubjectLine, useSubject } from './subject-line.tsx';

type Input = VariablesOf<typeof ReclassifyRiskMutation>['input'];
const orNull = (value: string) => (value.trim() === '' ? null : value);

/** Corrects a risk's classification; only the fields filled in change. */
export const ReclassifyForm = () => {
  const { t } = useI18n();
  const { riskId = '' } = useParams();
  const subject = useSubject();
  const form = useSubmission(
    ReclassifyRiskMutation,
    {
      riskId,
      district: '',
      districtName: '',
      organization: '',
      process: '',
      sphere: '',
      causeCategory: '',
      source: '',
      reason: '',
      occurredOn: almatyToday(),
    },
    {
      district: t('ws.field.district'),
      districtName: t('ws.field.districtName'),
      organization: t('ws.field.organization'),
      process: t('ws.field.process'),
      sphere: t('ws.field.sphere'),
      causeCategory: t('ws.field.causeCategory'),
      source: t('ws.field.source'),
      reason: t('ws.field.reason'),
      occurredOn: t('ws.field.occurredOn'),
      riskId: t('ws.field.id'),
    },
    CORRECTION,
  );
  const v = form.values;
  const submit = async () => {
    if (form.missing('occurredOn', 'reason')) return;
    await form.send({
      riskId,
      reason: v.reason,
      occurredOn: v.occurredOn,
      district: orNull(v.district.trim()),
      districtName: orNull(v.districtName.trim()),
      organization: orNull(v.organization),
      process: orNull(v.process),
      sphere: orNull(v.sphere) as Input['sphere'],
      causeCategory: orNull(v.causeCategory) as Input['causeCategory'],
      source: orNull(v.source) as Input['source'],
      expectedRevision: subject?.revision ?? null,
    });
  };
  const unchanged = t('ws.optional');
  return (
    <CommandForm
      title={t('ws.form.reclassify')}
      lead={t('ws.form.reclassify.lead')}
      onSubmit={submit}
      form={form}
    >
      <SubjectLine subject={subject} id={riskId} />
      <div className="form-grid">
        <TextField form={form} name="organization" hint={unchanged} />
        <TextField form={form} name="process" hint={unchanged} />
        <ChoiceField form={form} name="sphere" vocabulary={SPHERE_LABELS} hint={unchanged} emptyLabel="—" />
        <ChoiceField
          form={form}
          name="causeCategory"
          vocabulary={CAUSE_LABELS}
          hint={unchanged}
          emptyLabel="—"
        />
        <ChoiceField form={form} name="source" vocabulary={SOURCE_LABELS} hint={unchanged} emptyLabel="—" />
        <TextField form={form} name="district" hint={unchanged} />
        <TextField form={form} name="districtName" hint={unchanged} />
        <DateField form={form} name="occurredOn" required />
      </div>
      <TextAreaField form={form} name="reason" rows={3} maxLength={2000} required />
    </CommandForm>
  );
};
