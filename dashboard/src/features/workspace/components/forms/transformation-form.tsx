import { useState } from 'react';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import type { VariablesOf } from '@/lib/graphql/graphql.ts';
import { useI18n } from '@/lib/i18n/i18n.tsx';
import { TRANSFORMATION_KIND_LABELS } from '@/lib/i18n/vocabulary.generated.ts';
import { RecordTransformationMutation } from '../../api/record-transformation-mutation.ts';
import { almatyToday, regionEnum } from '../../model/region-code.ts';
import type { DueRecommendation, OpenRisk } from '../../model/register.ts';
import { CommandForm } from '../command-form.tsx';
import { Field } from '../field.tsx';
import { IdPicker } from '../id-picker.tsx';
import { useCommand } from '../use-command.ts';
import { VocabularySelect } from '../vocabulary-select.tsx';
import { useSubject } from './subject-line.tsx';

type Input = VariablesOf<typeof RecordTransformationMutation>['input'];
const FIELDS = [
  'organization',
  'process',
  'kind',
  'description',
  'occurredOn',
  'removesRiskIds',
  'implementsRecommendationIds',
] as const;

/** A transformed process: it removes the risks ticked and implements the recommendations ticked. */
export const TransformationForm = ({
  risks,
  recommendations,
}: {
  risks: readonly OpenRisk[];
  recommendations: readonly DueRecommendation[];
}) => {
  const { t } = useI18n();
  const { regionCode = '' } = useParams();
  const [search] = useSearchParams();
  const subject = useSubject();
  const navigate = useNavigate();
  const back = `/regions/${regionCode}`;
  const command = useCommand(RecordTransformationMutation, FIELDS);
  const first = search.get('risk');
  const [v, setV] = useState({
    organization: subject?.organization ?? '',
    process: subject?.process ?? '',
    kind: '',
    description: '',
    occurredOn: almatyToday(),
    removesRiskIds: first ? [first] : ([] as string[]),
    implementsRecommendationIds: recommendations
      .filter((r) => r.riskId === first)
      .map((r) => r.recommendationId),
  });
  const set = (patch: Partial<typeof v>) => setV({ ...v, ...patch });
  const labels = {
    organization: t('ws.field.organization'),
    process: t('ws.field.process'),
    kind: t('ws.field.kind.transformation'),
    description: t('ws.field.description'),
    occurredOn: t('ws.field.occurredOn'),
    removesRiskIds: t('ws.field.removesRiskIds'),
    implementsRecommendationIds: t('ws.field.implementsRecommendationIds'),
  };
  const submit = async () => {
    if (command.missing({ kind: v.kind, occurredOn: v.occurredOn })) return;
    const answer = await command.submit({
      ...v,
      kind: v.kind as Input['kind'],
      region: regionEnum<Input['region']>(regionCode),
    });
    if (answer) navigate(back, { state: { flash: answer.replayed ? 'replayed' : 'saved' } });
  };
  return (
    <CommandForm
      title={t('ws.form.recordTransformation')}
      backTo={back}
      onSubmit={submit}
      state={command}
      labels={labels}
    >
      <div className="form-grid">
        <Field id="f-organization" label={labels.organization} issue={command.issues.organization} required>
          {(c) => (
            <input
              {...c}
              value={v.organization}
              maxLength={300}
              onChange={(e) => set({ organization: e.target.value })}
            />
          )}
        </Field>
        <Field id="f-process" label={labels.process} issue={command.issues.process} required>
          {(c) => (
            <input
              {...c}
              value={v.process}
              maxLength={300}
              onChange={(e) => set({ process: e.target.value })}
            />
          )}
        </Field>
        <Field id="f-kind" label={labels.kind} issue={command.issues.kind} required>
          {(c) => (
            <VocabularySelect
              control={c}
              labels={TRANSFORMATION_KIND_LABELS}
              value={v.kind}
              onChange={(kind) => set({ kind })}
            />
          )}
        </Field>
        <Field
          id="f-occurredOn"
          label={labels.occurredOn}
          hint={t('ws.field.occurredOn.hint')}
          issue={command.issues.occurredOn}
          required
        >
          {(c) => (
            <input
              {...c}
              type="date"
              value={v.occurredOn}
              onChange={(e) => set({ occurredOn: e.target.value })}
            />
          )}
        </Field>
      </div>
      <IdPicker
        id="f-removesRiskIds"
        label={labels.removesRiskIds}
        hint={t('ws.field.removesRiskIds.hint')}
        issue={command.issues.removesRiskIds}
        options={risks.map((r) => ({ id: r.riskId, label: `${r.organization} — ${r.process}` }))}
        value={v.removesRiskIds}
        onChange={(removesRiskIds) => set({ removesRiskIds })}
        required
      />
      <IdPicker
        id="f-implementsRecommendationIds"
        label={labels.implementsRecommendationIds}
        hint={t('ws.optional')}
        issue={command.issues.implementsRecommendationIds}
        options={recommendations.map((r) => ({
          id: r.recommendationId,
          label: `${r.organization}: ${r.text}`,
        }))}
        value={v.implementsRecommendationIds}
        onChange={(implementsRecommendationIds) => set({ implementsRecommendationIds })}
      />
      <Field id="f-description" label={labels.description} issue={command.issues.description} required>
        {(c) => (
          <textarea
            {...c}
            rows={3}
            maxLength={5000}
            value={v.description}
            onChange={(e) => set({ description: e.target.value })}
          />
        )}
      </Field>
    </CommandForm>
  );
};
