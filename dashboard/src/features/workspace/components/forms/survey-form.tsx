import type { VariablesOf } from '@/lib/graphql/graphql.ts';
import { useI18n } from '@/lib/i18n/i18n.tsx';
import { POPULATION_GROUP_LABELS, SURVEY_METHOD_LABELS } from '@/lib/i18n/vocabulary.generated.ts';
import { RecordPerceptionSurveyMutation } from '../../api/record-survey-mutation.ts';
import { almatyToday } from '../../model/region-code.ts';
import { CommandForm } from '../command-form.tsx';
import { ChoiceField, DateField, DecimalField, NumberField, TextField } from '../form-fields.tsx';
import { useSubmission } from '../use-submission.ts';

type Input = VariablesOf<typeof RecordPerceptionSurveyMutation>['input'];

/** A perception survey's results for the officer's region (or one of its districts). */
export const SurveyForm = () => {
  const { t } = useI18n();
  const form = useSubmission(
    RecordPerceptionSurveyMutation,
    {
      district: '',
      districtName: '',
      group: '',
      respondents: '',
      facedCorruptionShare: '',
      perceptionIndex: '',
      method: '',
      occurredOn: almatyToday(),
    },
    {
      district: t('ws.field.district'),
      districtName: t('ws.field.districtName'),
      group: t('ws.field.group'),
      respondents: t('ws.field.respondents'),
      facedCorruptionShare: t('ws.field.facedCorruptionShare'),
      perceptionIndex: t('ws.field.perceptionIndex'),
      method: t('ws.field.method'),
      occurredOn: t('ws.field.fieldworkEnded'),
    },
  );
  const v = form.values;
  const submit = async () => {
    if (
      form.missing('group', 'respondents', 'facedCorruptionShare', 'perceptionIndex', 'method', 'occurredOn')
    )
      return;
    await form.send({
      unit: form.regionCode,
      district: v.district.trim() === '' ? null : v.district.trim(),
      districtName: v.districtName.trim() === '' ? null : v.districtName.trim(),
      group: v.group as Input['group'],
      respondents: Math.trunc(Number(v.respondents)),
      facedCorruptionShare: Number(v.facedCorruptionShare),
      perceptionIndex: Number(v.perceptionIndex),
      method: v.method as Input['method'],
      occurredOn: v.occurredOn,
    });
  };
  return (
    <CommandForm title={t('ws.form.recordSurvey')} onSubmit={submit} form={form}>
      <div className="form-grid">
        <ChoiceField form={form} name="group" vocabulary={POPULATION_GROUP_LABELS} required />
        <ChoiceField form={form} name="method" vocabulary={SURVEY_METHOD_LABELS} required />
        <NumberField form={form} name="respondents" min={1} required />
        <DecimalField
          form={form}
          name="perceptionIndex"
          min={0}
          max={100}
          hint={t('ws.field.perceptionIndex.hint')}
          required
        />
        <DecimalField
          form={form}
          name="facedCorruptionShare"
          min={0}
          max={1}
          hint={t('ws.field.facedCorruptionShare.hint')}
          required
        />
        <DateField form={form} name="occurredOn" hint={t('ws.field.occurredOn.hint')} required />
        <TextField form={form} name="district" hint={t('ws.field.district.hint')} />
        <TextField form={form} name="districtName" hint={t('ws.optional')} />
      </div>
    </CommandForm>
  );
};
