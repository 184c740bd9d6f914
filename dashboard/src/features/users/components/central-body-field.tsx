import type { ReactNode } from 'react';

/** A labelled field of a catalogue form, with the refusal the server gave for it. */
export const CentralBodyField = ({
  id,
  label,
  issue,
  children,
}: {
  id: string;
  label: string;
  issue: string | undefined;
  children: ReactNode;
}) => (
  <div className="field">
    <label htmlFor={id}>{label}</label>
    {children}
    {issue ? (
      <p id={`${id}-error`} className="field__error">
        {issue}
      </p>
    ) : null}
  </div>
);

/** The props that tie an input to its value and to its field's refusal. */
export const fieldProps = <F extends Record<string, string>>(
  prefix: string,
  form: F,
  setForm: (change: (f: F) => F) => void,
  issues: Record<string, string>,
  name: keyof F & string,
) => ({
  id: `${prefix}-${name}`,
  value: form[name],
  onChange: (e: { target: { value: string } }) => setForm((f) => ({ ...f, [name]: e.target.value })),
  'aria-invalid': Boolean(issues[name]),
  'aria-describedby': issues[name] ? `${prefix}-${name}-error` : undefined,
});
