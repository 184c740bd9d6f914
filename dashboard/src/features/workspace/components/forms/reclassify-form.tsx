import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import type { VariablesOf } from '@/lib/graphql/graphql.ts';
import { useI18n } from '@/lib/i18n/i18n.tsx';
import { CAUSE_LABELS, SOURCE_LABELS, SPHERE_LABELS } from '@/lib/i18n/vocabulary.generated.ts';
import { ReclassifyRiskMutation } from '../../api/reclassify-risk-mutation.ts';
import { almatyToday } from '../../model/region-code.ts';
import { CommandForm } from '../command-form.tsx';
import { Field } from '../field.tsx';
import { useCommand } from '../use-command.ts';
import { VocabularySelect } from '../vocabulary-select.tsx';
import { SubjectLine, useSubject } from './subject-line.tsx';

type Input = VariablesOf<typeof ReclassifyRiskMutation>['input'];
const FIELDS = [
  'organization',
  'process',
  'sphere',
  'causeCategory',
  'source',
  'reason',
  'occurredOn',
  'riskId',
] as const;
const orNull = (value: string) => (value.trim() === '' ? null : value);

/** Corrects a risk's classification; only the fields filled in change. */
export const ReclassifyForm = () => {
  const { t } = useI18n();
  const { regionCode = '', riskId = '' } = useParams();
  const subject = useSubject();
  const navigate = useNavigate();
  const back = `/regions/${regionCode}`;
  const command = useCommand(ReclassifyRiskMutation, FIELDS);
  const [v, setV] = useState({
    organization: '',
    process: '',
    sphere: '',
    causeCategory: '',
    source: '',
    reason: '',
    occurredOn: almatyToday(),
  });
  const set = (patch: Partial<typeof v>) => setV({ ...v, ...patch });
  const labels = {
    organization: t('ws.field.organization'),
    process: t('ws.field.process'),
    sphere: t('ws.field.sphere'),
    causeCategory: t('ws.field.causeCategory'),
    source: t('ws.field.source'),
    reason: t('ws.field.reason'),
    occurredOn: t('ws.field.occurredOn'),
    riskId: 'ID',
  };
  const submit = async () => {
    if (command.missing({ occurredOn: v.occurredOn })) return;
    const answer = await command.submit({
      riskId,
      reason: v.reason,
      occurredOn: v.occurredOn,
      organization: orNull(v.organization),
      process: orNull(v.process),
      sphere: orNull(v.sphere) as Input['sphere'],
      causeCategory: orNull(v.causeCategory) as Input['causeCategory'],
      source: orNull(v.source) as Input['source'],
      expectedRevision: subject?.revision ?? null,
    });
    if (answer) navigate(back, { state: { flash: answer.replayed ? 'replayed' : 'saved' } });
  };
  const unchanged = t('ws.optional');
  return (
    <CommandForm
      title={t('ws.form.reclassify')}
      lead={t('ws.form.reclassify.lead')}
      backTo={back}
      onSubmit={submit}
      state={command}
      labels={labels}
    >
      <SubjectLine subject={subject} id={riskId} />
      <div className="form-grid">
        <Field
          id="f-organization"
          label={labels.organization}
          hint={unchanged}
          issue={command.issues.organization}
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
        <Field id="f-process" label={labels.process} hint={unchanged} issue={command.issues.process}>
          {(c) => (
            <input
              {...c}
              value={v.process}
              maxLength={300}
              onChange={(e) => set({ process: e.target.value })}
            />
          )}
        </Field>
        <Field id="f-sphere" label={labels.sphere} hint={unchanged} issue={command.issues.sphere}>
          {(c) => (
            <VocabularySelect
              control={c}
              labels={SPHERE_LABELS}
              value={v.sphere}
              onChange={(sphere) => set({ sphere })}
              emptyLabel="—"
            />
          )}
        </Field>
        <Field
          id="f-causeCategory"
          label={labels.causeCategory}
          hint={unchanged}
          issue={command.issues.causeCategory}
        >
          {(c) => (
            <VocabularySelect
              control={c}
              labels={CAUSE_LABELS}
              value={v.causeCategory}
              onChange={(causeCategory) => set({ causeCategory })}
              emptyLabel="—"
            />
          )}
        </Field>
        <Field id="f-source" label={labels.source} hint={unchanged} issue={command.issues.source}>
          {(c) => (
            <VocabularySelect
              control={c}
              labels={SOURCE_LABELS}
              value={v.source}
              onChange={(source) => set({ source })}
              emptyLabel="—"
            />
          )}
        </Field>
        <Field id="f-occurredOn" label={labels.occurredOn} issue={command.issues.occurredOn} required>
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
      <Field id="f-reason" label={labels.reason} issue={command.issues.reason} required>
        {(c) => (
          <textarea
            {...c}
            rows={3}
            maxLength={2000}
            value={v.reason}
            onChange={(e) => set({ reason: e.target.value })}
          />
        )}
      </Field>
    </CommandForm>
  );
};
