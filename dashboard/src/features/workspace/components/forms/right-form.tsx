import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import type { VariablesOf } from '@/lib/graphql/graphql.ts';
import { useI18n } from '@/lib/i18n/i18n.tsx';
import { RIGHT_KIND_LABELS } from '@/lib/i18n/vocabulary.generated.ts';
import { RecordRightRestoredMutation } from '../../api/record-right-restored-mutation.ts';
import { almatyToday, regionEnum } from '../../model/region-code.ts';
import type { OpenRisk } from '../../model/register.ts';
import { CommandForm } from '../command-form.tsx';
import { Field } from '../field.tsx';
import { useCommand } from '../use-command.ts';
import { VocabularySelect } from '../vocabulary-select.tsx';

type Input = VariablesOf<typeof RecordRightRestoredMutation>['input'];
const FIELDS = [
  'organization',
  'kind',
  'peopleCount',
  'amountKzt',
  'riskId',
  'description',
  'occurredOn',
] as const;

/** A case in which citizens' or a business's rights were restored. */
export const RightForm = ({ risks }: { risks: readonly OpenRisk[] }) => {
  const { t } = useI18n();
  const { regionCode = '' } = useParams();
  const navigate = useNavigate();
  const back = `/regions/${regionCode}`;
  const command = useCommand(RecordRightRestoredMutation, FIELDS);
  const [v, setV] = useState({
    organization: '',
    kind: '',
    peopleCount: '1',
    amountKzt: '',
    riskId: '',
    description: '',
    occurredOn: almatyToday(),
  });
  const set = (patch: Partial<typeof v>) => setV({ ...v, ...patch });
  const labels = {
    organization: t('ws.field.organization'),
    kind: t('ws.field.kind.right'),
    peopleCount: t('ws.field.peopleCount'),
    amountKzt: t('ws.field.amountKzt'),
    riskId: t('ws.field.riskId'),
    description: t('ws.field.description'),
    occurredOn: t('ws.field.occurredOn'),
  };
  const submit = async () => {
    if (command.missing({ kind: v.kind, occurredOn: v.occurredOn, peopleCount: v.peopleCount })) return;
    const answer = await command.submit({
      organization: v.organization,
      description: v.description,
      occurredOn: v.occurredOn,
      kind: v.kind as Input['kind'],
      peopleCount: Math.trunc(Number(v.peopleCount)),
      amountKzt: v.amountKzt === '' ? null : Number(v.amountKzt),
      riskId: v.riskId.trim() === '' ? null : v.riskId.trim(),
      region: regionEnum<Input['region']>(regionCode),
    });
    if (answer) navigate(back, { state: { flash: answer.replayed ? 'replayed' : 'saved' } });
  };
  return (
    <CommandForm
      title={t('ws.form.recordRight')}
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
        <Field id="f-kind" label={labels.kind} issue={command.issues.kind} required>
          {(c) => (
            <VocabularySelect
              control={c}
              labels={RIGHT_KIND_LABELS}
              value={v.kind}
              onChange={(kind) => set({ kind })}
            />
          )}
        </Field>
        <Field id="f-peopleCount" label={labels.peopleCount} issue={command.issues.peopleCount} required>
          {(c) => (
            <input
              {...c}
              type="number"
              min={1}
              step={1}
              value={v.peopleCount}
              onChange={(e) => set({ peopleCount: e.target.value })}
            />
          )}
        </Field>
        <Field
          id="f-amountKzt"
          label={labels.amountKzt}
          hint={t('ws.optional')}
          issue={command.issues.amountKzt}
        >
          {(c) => (
            <input
              {...c}
              type="number"
              min={0}
              step={1}
              value={v.amountKzt}
              onChange={(e) => set({ amountKzt: e.target.value })}
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
        <Field id="f-riskId" label={labels.riskId} hint={t('ws.optional')} issue={command.issues.riskId}>
          {(c) => (
            <select {...c} value={v.riskId} onChange={(e) => set({ riskId: e.target.value })}>
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
      <Field id="f-description" label={labels.description} issue={command.issues.description} required>
        {(c) => (
          <textarea
            {...c}
            rows={3}
            value={v.description}
            maxLength={5000}
            onChange={(e) => set({ description: e.target.value })}
          />
        )}
      </Field>
    </CommandForm>
  );
};
