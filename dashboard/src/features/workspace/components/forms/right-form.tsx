import type { VariablesOf } from '@/lib/graphql/graphql.ts';
import { useI18n } from '@/lib/i18n/i18n.tsx';
import { RIGHT_KIND_LABELS, SPHERE_LABELS } from '@/lib/i18n/vocabulary.generated.ts';
import { RecordRightRestoredMutation } from '../../api/record-right-restored-mutation.ts';
import { almatyToday, regionEnum } from '../../model/region-code.ts';
import type { OpenRisk } from '../../model/register.ts';
import { CommandForm } from '../command-form.tsx';
import { Field } from '../field.tsx';
import { ChoiceField, DateField, NumberField, TextAreaField, TextField } from '../form-fields.tsx';
import { useSubmission } from '../use-submission.ts';

type Input = VariablesOf<typeof RecordRightRestoredMutation>['input'];

/**
 * A case in which citizens' or a business's rights were restored. It counts in its own sphere and
 * organization; a case linked to a risk may leave them empty and count in the risk's.
 */
export const RightForm = ({ risks }: { risks: readonly OpenRisk[] }) => {
  const { t } = useI18n();
  const form = useSubmission(
    RecordRightRestoredMutation,
    {
      organization: '',
      sphere: '',
      kind: '',
      peopleCount: '1',
      amountKzt: '',
      riskId: '',
      description: '',
      occurredOn: almatyToday(),
    },
    {
      organization: t('ws.field.organization'),
      sphere: t('ws.field.sphere'),
      kind: t('ws.field.kind.right'),
      peopleCount: t('ws.field.peopleCount'),
      amountKzt: t('ws.field.amountKzt'),
      riskId: t('ws.field.riskId'),
      description: t('ws.field.description'),
      occurredOn: t('ws.field.occurredOn'),
    },
  );
  const v = form.values;
  const submit = async () => {
    const linked = v.riskId.trim() !== '';
    if (
      linked
        ? form.missing('kind', 'peopleCount', 'occurredOn', 'description')
        : form.missing('organization', 'sphere', 'kind', 'peopleCount', 'occurredOn', 'description')
    )
      return;
    await form.send({
      organization: v.organization.trim() === '' ? null : v.organization,
      sphere: v.sphere === '' ? null : (v.sphere as NonNullable<Input['sphere']>),
      description: v.description,
      occurredOn: v.occurredOn,
      kind: v.kind as Input['kind'],
      peopleCount: Math.trunc(Number(v.peopleCount)),
      amountKzt: v.amountKzt === '' ? null : Number(v.amountKzt),
      riskId: v.riskId.trim() === '' ? null : v.riskId.trim(),
      region: regionEnum<Input['region']>(form.regionCode),
    });
  };
  const linked = v.riskId.trim() !== '';
  const fromRisk = linked ? t('ws.field.fromRisk') : undefined;
  return (
    <CommandForm title={t('ws.form.recordRight')} onSubmit={submit} form={form}>
      <div className="form-grid">
        <TextField form={form} name="organization" required={!linked} hint={fromRisk} />
        <ChoiceField
          form={form}
          name="sphere"
          vocabulary={SPHERE_LABELS}
          required={!linked}
          hint={fromRisk}
          emptyLabel={fromRisk}
        />
        <ChoiceField form={form} name="kind" vocabulary={RIGHT_KIND_LABELS} required />
        <NumberField form={form} name="peopleCount" min={1} required />
        <NumberField form={form} name="amountKzt" min={0} hint={t('ws.optional')} />
        <DateField form={form} name="occurredOn" hint={t('ws.field.occurredOn.hint')} required />
        <Field id="f-riskId" label={form.labels.riskId} hint={t('ws.optional')} issue={form.issues.riskId}>
          {(c) => (
            <select {...c} value={v.riskId} onChange={(e) => form.set({ riskId: e.target.value })}>
              <option value="">{t('ws.field.noRisk')}</option>
              {risks.map((r) => (
                <option key={r.riskId} value={r.riskId}>
                  {r.organization} — {r.process}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <TextAreaField form={form} name="description" rows={3} maxLength={5000} required />
    </CommandForm>
  );
};
