import type { ReactNode } from 'react';
import { useI18n } from '@/lib/i18n/i18n.tsx';
import type { FieldIssue } from '../model/field-issues.ts';
import { useIssueText } from './issue-text.ts';

export interface ControlProps {
  readonly id: string;
  readonly 'aria-invalid': true | undefined;
  readonly 'aria-describedby': string | undefined;
  readonly 'aria-required': true | undefined;
}

interface Props {
  readonly id: string;
  readonly label: string;
  readonly hint?: string | undefined;
  readonly issue?: FieldIssue | undefined;
  readonly required?: boolean;
  readonly children: (control: ControlProps) => ReactNode;
}

/**
 * A labelled control with its hint and the message for it. The form checks that required fields
 * are filled, all of them at once, before sending; every other check is the server's, and its
 * message appears here, at the field.
 */
export const Field = ({ id, label, hint, issue, required = false, children }: Props) => {
  const { t } = useI18n();
  const text = useIssueText();
  const described = [hint ? `${id}-hint` : null, issue ? `${id}-error` : null].filter(Boolean).join(' ');
  return (
    <div className={issue ? 'field field--invalid' : 'field'}>
      <label htmlFor={id}>
        {label}
        {required ? (
          <span className="field__required" title={t('ws.required')}>
            {' '}
            *
          </span>
        ) : null}
      </label>
      {hint ? (
        <p id={`${id}-hint`} className="field__hint">
          {hint}
        </p>
      ) : null}
      {children({
        id,
        'aria-invalid': issue ? true : undefined,
        'aria-describedby': described || undefined,
        'aria-required': required ? true : undefined,
      })}
      {issue ? (
        <p id={`${id}-error`} className="field__error" data-field-error={id}>
          {text(issue)}
        </p>
      ) : null}
    </div>
  );
};
