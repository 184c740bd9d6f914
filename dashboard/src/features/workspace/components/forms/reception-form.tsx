import { useI18n } from '@/lib/i18n/i18n.tsx';
import { RecordCitizenReceptionMutation } from '../../api/record-reception-mutation.ts';
import { almatyToday } from '../../model/region-code.ts';
import { CommandForm } from '../command-form.tsx';
import { DateField, NumberField, TextField } from '../form-fields.tsx';
import { useSubmission } from '../use-submission.ts';

/** A reception of citizens held in the officer's region (or one of its districts). */
export const ReceptionForm = () => {
  const { t } = useI18n();
  const form = useSubmission(
    RecordCitizenReceptionMutation,
    { district: '', districtName: '', citizensReceived: '0', issuesRaised: '0', occurredOn: almatyToday() },
    {
      district: t('ws.field.district'),
      districtName: t('ws.field.districtName'),
      citizensReceived: t('ws.field.citizensReceived'),
      issuesRaised: t('ws.field.issuesRaised'),
      occurredOn: t('ws.field.receptionDay'),
    },
  );
  const v = form.values;
  const submit = async () => {
    if (form.missing('citizensReceived', 'issuesRaised', 'occurredOn')) return;
    await form.send({
      unit: form.regionCode,
      district: v.district.trim() === '' ? null : v.district.trim(),
      districtName: v.districtName.trim() === '' ? null : v.districtName.trim(),
      citizensReceived: Math.trunc(Number(v.citizensReceived)),
      issuesRaised: Math.trunc(Number(v.issuesRaised)),
      occurredOn: v.occurredOn,
    });
  };
  return (
    <CommandForm title={t('ws.form.recordReception')} onSubmit={submit} form={form}>
      <div className="form-grid">
        <NumberField form={form} name="citizensReceived" min={0} required />
        <NumberField form={form} name="issuesRaised" min={0} required />
        <DateField form={form} name="occurredOn" hint={t('ws.field.occurredOn.hint')} required />
        <TextField form={form} name="district" hint={t('ws.field.district.hint')} />
        <TextField form={form} name="districtName" hint={t('ws.optional')} />
      </div>
    </CommandForm>
  );
};
