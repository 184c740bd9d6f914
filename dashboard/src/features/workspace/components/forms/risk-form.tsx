import type { VariablesOf } from '@/lib/graphql/graphql.ts';
import { useI18n } from '@/lib/i18n/i18n.tsx';
import { CAUSE_LABELS, SOURCE_LABELS, SPHERE_LABELS } from '@/lib/i18n/vocabulary.generated.ts';
import { IdentifyRiskMutation } from '../../api/identify-risk-mutation.ts';
import { almatyToday, regionEnum } from '../../model/region-code.ts';
import { CommandForm } from '../command-form.tsx';
import { ChoiceField, DateField, TextAreaField, TextField } from '../form-fields.tsx';
import { useSubmission } from '../use-submission.ts';

type Input = VariablesOf<typeof IdentifyRiskMutation>['input'];

/** A corruption risk (a cause) found in a process of an organization of the officer's region. */
export const RiskForm = () => {
  const { t } = useI18n();
  const form = useSubmission(
    IdentifyRiskMutation,
    {
      district: '',
      districtName: '',
      organization: '',
      process: '',
      sphere: '',
      causeCategory: '',
      source: '',
      description: '',
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
      description: t('ws.field.description'),
      occurredOn: t('ws.field.occurredOn.risk'),
    },
  );
  const v = form.values;
  const submit = async () => {
    if (
      form.missing(
        'organization',
        'process',
        'sphere',
        'causeCategory',
        'source',
        'occurredOn',
        'description',
      )
    )
      return;
    await form.send({
      ...v,
      // Blank: the risk sits at region level only.
      district: v.district.trim() === '' ? null : v.district.trim(),
      districtName: v.districtName.trim() === '' ? null : v.districtName.trim(),
      sphere: v.sphere as Input['sphere'],
      causeCategory: v.causeCategory as Input['causeCategory'],
      source: v.source as Input['source'],
      region: regionEnum<Input['region']>(form.regionCode),
    });
  };
  return (
    <CommandForm title={t('ws.form.identifyRisk')} onSubmit={submit} form={form}>
      <div className="form-grid">
        <TextField form={form} name="organization" hint={t('ws.field.organization.hint')} required />
        <TextField form={form} name="process" hint={t('ws.field.process.hint')} required />
        <ChoiceField form={form} name="sphere" vocabulary={SPHERE_LABELS} required />
        <ChoiceField form={form} name="causeCategory" vocabulary={CAUSE_LABELS} required />
        <ChoiceField form={form} name="source" vocabulary={SOURCE_LABELS} required />
        <DateField form={form} name="occurredOn" hint={t('ws.field.occurredOn.hint')} required />
        <TextField form={form} name="district" hint={t('ws.field.district.hint')} />
        <TextField form={form} name="districtName" hint={t('ws.optional')} />
      </div>
      <TextAreaField
        form={form}
        name="description"
        hint={t('ws.field.description.risk')}
        rows={4}
        maxLength={5000}
        required
      />
    </CommandForm>
  );
};
