import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import type { VariablesOf } from '@/lib/graphql/graphql.ts';
import { useI18n } from '@/lib/i18n/i18n.tsx';
import { IssueRecommendationMutation } from '../../api/issue-recommendation-mutation.ts';
import { almatyToday, regionEnum } from '../../model/region-code.ts';
import { CommandForm } from '../command-form.tsx';
import { Field } from '../field.tsx';
import { useCommand } from '../use-command.ts';
import { SubjectLine, useSubject } from './subject-line.tsx';

type Input = VariablesOf<typeof IssueRecommendationMutation>['input'];
const FIELDS = ['organization', 'text', 'dueOn', 'occurredOn', 'riskId'] as const;

/** A recommendation to remove one risk, issued to an organization, with a due date. */
export const RecommendationForm = () => {
  const { t } = useI18n();
  const { regionCode = '', riskId = '' } = useParams();
  const subject = useSubject();
  const navigate = useNavigate();
  const back = `/regions/${regionCode}`;
  const command = useCommand(IssueRecommendationMutation, FIELDS);
  const [v, setV] = useState({
    organization: subject?.organization ?? '',
    text: '',
    dueOn: '',
    occurredOn: almatyToday(),
  });
  const set = (patch: Partial<typeof v>) => setV({ ...v, ...patch });
  const labels = {
    organization: t('ws.field.organization'),
    text: t('ws.field.text'),
    dueOn: t('ws.field.dueOn'),
    occurredOn: t('ws.field.occurredOn'),
    riskId: 'ID',
  };
  const submit = async () => {
    if (command.missing({ dueOn: v.dueOn, occurredOn: v.occurredOn })) return;
    const answer = await command.submit({ ...v, riskId, region: regionEnum<Input['region']>(regionCode) });
    if (answer) navigate(back, { state: { flash: answer.replayed ? 'replayed' : 'saved' } });
  };
  return (
    <CommandForm
      title={t('ws.form.issueRecommendation')}
      backTo={back}
      onSubmit={submit}
      state={command}
      labels={labels}
    >
      <SubjectLine subject={subject} id={riskId} />
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
      <Field id="f-text" label={labels.text} issue={command.issues.text} required>
        {(c) => (
          <textarea
            {...c}
            rows={4}
            value={v.text}
            maxLength={5000}
            onChange={(e) => set({ text: e.target.value })}
          />
        )}
      </Field>
      <div className="form-grid">
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
        <Field id="f-dueOn" label={labels.dueOn} issue={command.issues.dueOn} required>
          {(c) => (
            <input {...c} type="date" value={v.dueOn} onChange={(e) => set({ dueOn: e.target.value })} />
          )}
        </Field>
      </div>
    </CommandForm>
  );
};
