import { type FormEvent, type ReactNode, useEffect, useRef } from 'react';
import { Link } from 'react-router';
import { ApiErrorPanel } from '@/components/api-error-panel.tsx';
import type { ApiError } from '@/lib/graphql/api-error.ts';
import type { MessageKey } from '@/lib/i18n/catalogue.ts';
import { useI18n } from '@/lib/i18n/i18n.tsx';
import type { FieldIssue } from '../model/field-issues.ts';
import { useIssueText } from './issue-text.ts';
import type { Refusal } from './use-command.ts';
import { type WorkRegion, WorkRegionField } from './work-region-field.tsx';

const REFUSALS: Record<Refusal, MessageKey> = {
  Conflict: 'ws.conflict',
  NotFound: 'ws.notFound',
  Forbidden: 'ws.forbidden',
  SubmissionReused: 'ws.reused',
  other: 'ws.issue.invalid',
};

interface Props {
  readonly title: string;
  readonly lead?: string | undefined;
  readonly onSubmit: () => void;
  readonly form: {
    readonly running: boolean;
    readonly error: ApiError | null;
    readonly issues: Readonly<Record<string, FieldIssue>>;
    readonly otherIssues: readonly FieldIssue[];
    readonly refusal: { kind: Refusal } | null;
    /** Field name to its label, for the summary of what to correct. */
    readonly labels: Readonly<Record<string, string>>;
    /** The register the form was opened from; cancel returns there. */
    readonly back: string;
    /** A central body's form: the region where the work sits, asked first. */
    readonly workRegion?: WorkRegion | null;
  };
  readonly children: ReactNode;
}

/**
 * The frame of every submission form: title, fields, a summary of what to correct (and focus on
 * the first wrong field), a refusal in plain words, a transport error with a safe retry.
 */
export const CommandForm = ({ title, lead, onSubmit, form: state, children }: Props) => {
  const { t } = useI18n();
  const issueText = useIssueText();
  const element = useRef<HTMLFormElement>(null);
  const wrong = Object.keys(state.issues);

  // After each refused submission, focus moves to the first field to correct.
  useEffect(() => {
    const first = Object.keys(state.issues)[0];
    if (first) element.current?.querySelector<HTMLElement>(`#${CSS.escape(`f-${first}`)}`)?.focus();
  }, [state.issues]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit();
  };
  return (
    <form
      ref={element}
      className="command-form card"
      onSubmit={submit}
      noValidate
      aria-labelledby="command-form-title"
    >
      <h2 id="command-form-title">{title}</h2>
      {lead ? <p className="command-form__lead">{lead}</p> : null}
      <div aria-live="assertive">
        {wrong.length > 0 || state.otherIssues.length > 0 ? (
          <div className="form-error" role="alert">
            <p>{t('ws.summary', { fields: wrong.map((f) => state.labels[f] ?? f).join(', ') })}</p>
            {state.otherIssues.map((issue) => (
              <p key={issue.path}>{issueText(issue)}</p>
            ))}
          </div>
        ) : null}
        {state.refusal ? (
          <div className="form-error" role="alert">
            <p>{t(REFUSALS[state.refusal.kind])}</p>
          </div>
        ) : null}
      </div>
      {state.workRegion ? <WorkRegionField region={state.workRegion} /> : null}
      {children}
      {state.error ? (
        <div>
          <ApiErrorPanel error={state.error} />
          <p className="field__hint">{t('ws.retryKeepsId')}</p>
        </div>
      ) : null}
      <div className="command-form__actions">
        <button type="submit" className="button button--primary" disabled={state.running}>
          {state.running ? t('ws.submitting') : t('ws.submit')}
        </button>
        <Link className="button" to={state.back}>
          {t('ws.cancel')}
        </Link>
      </div>
    </form>
  );
};
