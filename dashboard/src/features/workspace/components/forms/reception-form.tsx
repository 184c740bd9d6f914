import { useI18n } from '@/lib/i18n/i18n.tsx';
import { REGION_LABELS } from '@/lib/i18n/vocabulary.generated.ts';
import { RecordCitizenReceptionMutation } from '../../api/record-reception-mutation.ts';
import { almatyToday } from '../../model/region-code.ts';
import { CommandForm } from '../command-form.tsx';
import { ChoiceField, DateField, NumberField, TextField } from '../form-fields.tsx';
import { useSubmission } from '../use-submission.ts';
import { useWorkUnit } from '../work-unit.tsx';

/**
 * A reception of citizens held by the officer's unit: their region (or one of its districts), or,
 * for a central body's officer, their body, optionally naming the region it was held in (and then
 * a district of it). The unit is the reception's own field, so the form places it itself.
 */
export const ReceptionForm = () => {
  const { t } = useI18n();
  const body = useWorkUnit()?.centralBody ?? null;
  const form = useSubmission(
    RecordCitizenReceptionMutation,
    {
      region: '',
      district: '',
      districtName: '',
      citizensReceived: '0',
      issuesRaised: '0',
      occurredOn: almatyToday(),
    },
    {
      ...(body ? { region: t('ws.field.receptionRegion') } : {}),
      district: t('ws.field.district'),
      districtName: t('ws.field.districtName'),
      citizensReceived: t('ws.field.citizensReceived'),
      issuesRaised: t('ws.field.issuesRaised'),
      occurredOn: t('ws.field.receptionDay'),
    },
    { places: false },
  );
  const v = form.values;
  const optional = (value: string) => (value.trim() === '' ? null : value.trim());
  const submit = async () => {
    if (form.missing('citizensReceived', 'issuesRaised', 'occurredOn')) return;
    await form.send({
      unit: body ?? form.regionCode,
      region: body ? optional(v.region) : null,
      district: optional(v.district),
      districtName: optional(v.districtName),
      citizensReceived: Math.trunc(Number(v.citizensReceived)),
      issuesRaised: Math.trunc(Number(v.issuesRaised)),
      occurredOn: v.occurredOn,
    });
  };
  return (
    <CommandForm title={t('ws.form.recordReception')} onSubmit={submit} form={form}>
      <div className="form-grid">
        {body ? (
          <ChoiceField
            form={form}
            name="region"
            vocabulary={REGION_LABELS}
            emptyLabel={t('ws.field.receptionRegion.none')}
            hint={t('ws.field.receptionRegion.hint')}
          />
        ) : null}
        <NumberField form={form} name="citizensReceived" min={0} required />
        <NumberField form={form} name="issuesRaised" min={0} required />
        <DateField form={form} name="occurredOn" hint={t('ws.field.occurredOn.hint')} required />
        <TextField form={form} name="district" hint={t('ws.field.district.hint')} />
        <TextField form={form} name="districtName" hint={t('ws.optional')} />
      </div>
    </CommandForm>
  );
};
