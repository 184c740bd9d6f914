import { useState } from 'react';
import { useI18n } from '@/lib/i18n/i18n.tsx';
import type { FieldIssue } from '../model/field-issues.ts';
import { useIssueText } from './issue-text.ts';

interface Props {
  readonly id: string;
  readonly label: string;
  readonly hint?: string;
  readonly issue?: FieldIssue | undefined;
  readonly options: readonly { id: string; label: string }[];
  readonly value: readonly string[];
  readonly onChange: (ids: string[]) => void;
  readonly required?: boolean;
}

/**
 * Ticks records from the register; an id not in the list (an older record) can be added by hand.
 * The server's message for any one entry is shown for the whole list.
 */
export const IdPicker = ({ id, label, hint, issue, options, value, onChange, required = false }: Props) => {
  const issueText = useIssueText();
  const { t } = useI18n();
  const [typed, setTyped] = useState('');
  const known = new Set(options.map((o) => o.id));
  const extra = value.filter((v) => !known.has(v));
  const toggle = (item: string) =>
    onChange(value.includes(item) ? value.filter((v) => v !== item) : [...value, item]);
  return (
    <fieldset
      className={issue ? 'id-picker field--invalid' : 'id-picker'}
      aria-describedby={[hint ? `${id}-hint` : '', issue ? `${id}-error` : ''].join(' ').trim() || undefined}
    >
      <legend>
        {label}
        {required ? <span className="field__required"> *</span> : null}
      </legend>
      {hint ? (
        <p id={`${id}-hint`} className="field__hint">
          {hint}
        </p>
      ) : null}
      <div className="id-picker__options">
        {[...options, ...extra.map((e) => ({ id: e, label: e }))].map((o, i) => (
          <label key={o.id} className="check">
            <input
              id={i === 0 ? id : undefined}
              type="checkbox"
              checked={value.includes(o.id)}
              aria-invalid={issue ? true : undefined}
              onChange={() => toggle(o.id)}
            />
            <span>{o.label}</span>
          </label>
        ))}
      </div>
      <div className="id-picker__add">
        <input
          id={options.length + extra.length === 0 ? id : undefined}
          aria-label={`${label}: ${t('ws.field.id')}`}
          value={typed}
          placeholder={t('ws.field.id')}
          onChange={(e) => setTyped(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              if (typed.trim()) onChange([...value, typed.trim()]);
              setTyped('');
            }
          }}
        />
        <button
          type="button"
          className="button button--small"
          onClick={() => {
            if (typed.trim()) onChange([...value, typed.trim()]);
            setTyped('');
          }}
        >
          +
        </button>
      </div>
      {issue ? (
        <p id={`${id}-error`} className="field__error">
          {issueText(issue)}
        </p>
      ) : null}
    </fieldset>
  );
};
