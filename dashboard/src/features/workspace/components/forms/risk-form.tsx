import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import type { VariablesOf } from '@/lib/graphql/graphql.ts';
import { useI18n } from '@/lib/i18n/i18n.tsx';
import { CAUSE_LABELS, SOURCE_LABELS, SPHERE_LABELS } from '@/lib/i18n/vocabulary.generated.ts';
import { IdentifyRiskMutation } from '../../api/identify-risk-mutation.ts';
import { almatyToday, regionEnum } from '../../model/region-code.ts';
import { CommandForm } from '../command-form.tsx';
import { Field } from '../field.tsx';
import { useCommand } from '../use-command.ts';
import { VocabularySelect } from '../vocabulary-select.tsx';

type Input = VariablesOf<typeof IdentifyRiskMutation>['input'];
const FIELDS = [
  'organization',
  'process',
  'sphere',
  'causeCategory',
  'source',
  'description',
  'occurredOn',
] as const;

/** A corruption risk (a cause) found in a process of an organization of the officer's region. */
export const RiskForm = () => {
  const { t } = useI18n();
  const { regionCode = '' } = useParams();
  const navigate = useNavigate();
  const back = `/regions/${regionCode}`;
  const command = useCommand(IdentifyRiskMutation, FIELDS);
  const [v, setV] = useState({
    organization: '',
    process: '',
    sphere: '',
    causeCategory: '',
    source: '',
    description: '',
    occurredOn: almatyToday(),
  });
  const set = (patch: Partial<typeof v>) => setV({ ...v, ...patch });
  const labels = {
    organization: t('ws.field.organization'),
    process: t('ws.field.process'),
    sphere: t('ws.field.sphere'),
    causeCategory: t('ws.field.causeCategory'),
    source: t('ws.field.source'),
    description: t('ws.field.description'),
    occurredOn: t('ws.field.occurredOn.risk'),
  };
  const submit = async () => {
    if (
      command.missing({
        sphere: v.sphere,
        causeCategory: v.causeCategory,
        source: v.source,
        occurredOn: v.occurredOn,
      })
    )
      return;
    const answer = await command.submit({
      ...v,
      sphere: v.sphere as Input['sphere'],
      causeCategory: v.causeCategory as Input['causeCategory'],
      source: v.source as Input['source'],
      region: regionEnum<Input['region']>(regionCode),
    });
    if (answer) navigate(back, { state: { flash: answer.replayed ? 'replayed' : 'saved' } });
  };
  return (
    <CommandForm
      title={t('ws.form.identifyRisk')}
      backTo={back}
      onSubmit={submit}
      state={command}
      labels={labels}
    >
      <div className="form-grid">
        <Field
          id="f-organization"
          label={labels.organization}
          hint={t('ws.field.organization.hint')}
          issue={command.issues.organization}
          required
        >
          {(c) => (
            <input
              {...c}
              value={v.organization}
              maxLength={300}
              onChange={(e) => set({ organization: e.target.value })}
            />
          )}
        </Field>
        <Field
          id="f-process"
          label={labels.process}
          hint={t('ws.field.process.hint')}
          issue={command.issues.process}
          required
        >
          {(c) => (
            <input
              {...c}
              value={v.process}
              maxLength={300}
              onChange={(e) => set({ process: e.target.value })}
            />
          )}
        </Field>
        <Field id="f-sphere" label={labels.sphere} issue={command.issues.sphere} required>
          {(c) => (
            <VocabularySelect
              control={c}
              labels={SPHERE_LABELS}
              value={v.sphere}
              onChange={(sphere) => set({ sphere })}
            />
          )}
        </Field>
        <Field
          id="f-causeCategory"
          label={labels.causeCategory}
          issue={command.issues.causeCategory}
          required
        >
          {(c) => (
            <VocabularySelect
              control={c}
              labels={CAUSE_LABELS}
              value={v.causeCategory}
              onChange={(causeCategory) => set({ causeCategory })}
            />
          )}
        </Field>
        <Field id="f-source" label={labels.source} issue={command.issues.source} required>
          {(c) => (
            <VocabularySelect
              control={c}
              labels={SOURCE_LABELS}
              value={v.source}
              onChange={(source) => set({ source })}
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
      <Field
        id="f-description"
        label={labels.description}
        hint={t('ws.field.description.risk')}
        issue={command.issues.description}
        required
      >
        {(c) => (
          <textarea
            {...c}
            rows={4}
            value={v.description}
            maxLength={5000}
            onChange={(e) => set({ description: e.target.value })}
          />
        )}
      </Field>
    </CommandForm>
  );
};
