import { useSearchParams } from 'react-router';
import type { VariablesOf } from '@/lib/graphql/graphql.ts';
import { useI18n } from '@/lib/i18n/i18n.tsx';
import { TRANSFORMATION_KIND_LABELS } from '@/lib/i18n/vocabulary.generated.ts';
import { RecordTransformationMutation } from '../../api/record-transformation-mutation.ts';
import { almatyToday, regionEnum } from '../../model/region-code.ts';
import type { DueRecommendation, OpenRisk } from '../../model/register.ts';
import { riskOptionLabel } from '../../model/risk-option.ts';
import { CommandForm } from '../command-form.tsx';
import { ChoiceField, DateField, TextAreaField, TextField } from '../form-fields.tsx';
import { IdPicker } from '../id-picker.tsx';
import { useSubmission } from '../use-submission.ts';
import { useSubject } from './subject-line.tsx';

type Input = VariablesOf<typeof RecordTransformationMutation>['input'];

/** A transformed process: it removes the risks ticked and implements the recommendations ticked. */
export const TransformationForm = ({
  risks,
  recommendations,
}: {
  risks: readonly OpenRisk[];
  recommendations: readonly DueRecommendation[];
}) => {
  const { t, fmt } = useI18n();
  const [search] = useSearchParams();
  const subject = useSubject();
  const first = search.get('risk');
  const form = useSubmission(
    RecordTransformationMutation,
    {
      organization: subject?.organization ?? '',
      process: subject?.process ?? '',
      kind: '',
      description: '',
      occurredOn: almatyToday(),
      removesRiskIds: first ? [first] : ([] as string[]),
      implementsRecommendationIds: recommendations
        .filter((r) => r.riskId === first)
        .map((r) => r.recommendationId),
    },
    {
      organization: t('ws.field.organization'),
      process: t('ws.field.process'),
      kind: t('ws.field.kind.transformation'),
      description: t('ws.field.description'),
      occurredOn: t('ws.field.occurredOn'),
      removesRiskIds: t('ws.field.removesRiskIds'),
      implementsRecommendationIds: t('ws.field.implementsRecommendationIds'),
    },
  );
  const v = form.values;
  const submit = async () => {
    if (form.missing('organization', 'process', 'kind', 'occurredOn', 'removesRiskIds', 'description'))
      return;
    await form.send({
      ...v,
      kind: v.kind as Input['kind'],
      region: regionEnum<Input['region']>(form.regionCode),
    });
  };
  return (
    <CommandForm title={t('ws.form.recordTransformation')} onSubmit={submit} form={form}>
      <div className="form-grid">
        <TextField form={form} name="organization" required />
        <TextField form={form} name="process" required />
        <ChoiceField form={form} name="kind" vocabulary={TRANSFORMATION_KIND_LABELS} required />
        <DateField form={form} name="occurredOn" hint={t('ws.field.occurredOn.hint')} required />
      </div>
      <IdPicker
        id="f-removesRiskIds"
        label={form.labels.removesRiskIds}
        hint={t('ws.field.removesRiskIds.hint')}
        issue={form.issues.removesRiskIds}
        options={risks.map((r) => ({
          id: r.riskId,
          label: riskOptionLabel(r, { identified: t('ws.register.identifiedOn'), date: fmt.shortDate }),
        }))}
        value={v.removesRiskIds}
        onChange={(removesRiskIds) => form.set({ removesRiskIds })}
        required
      />
      <IdPicker
        id="f-implementsRecommendationIds"
        label={form.labels.implementsRecommendationIds}
        hint={t('ws.optional')}
        issue={form.issues.implementsRecommendationIds}
        options={recommendations.map((r) => ({
          id: r.recommendationId,
          label: `${r.organization}: ${r.text}`,
        }))}
        value={v.implementsRecommendationIds}
        onChange={(implementsRecommendationIds) => form.set({ implementsRecommendationIds })}
      />
      <TextAreaField form={form} name="description" rows={3} maxLength={5000} required />
    </CommandForm>
  );
};
