import { type FormEvent, useState } from 'react';
import { ApiErrorPanel } from '@/components/api-error-panel.tsx';
import { useSubmissionId } from '@/lib/graphql/use-submission-id.ts';
import { useI18n } from '@/lib/i18n/i18n.tsx';
import { useIssueWords } from '@/lib/i18n/issues/use-issue-words.ts';
import { REGION_LABELS } from '@/lib/i18n/vocabulary.generated.ts';
import type { Role } from '@/lib/session/me.ts';
import { useCreateUser } from '../api/create-user.ts';
import { ASSIGNABLE_ROLES, CentralBodySelect } from './central-body-select.tsx';

const EMPTY = {
  username: '',
  displayName: '',
  role: 'ANALYST' as Role,
  region: '',
  centralBody: '',
  password: '',
};

/** The server validates; its messages are shown at the fields they name. */
export const CreateUserForm = ({ onCreated }: { onCreated: () => void }) => {
  const { t, region } = useI18n();
  const words = useIssueWords();
  const { run, running, error } = useCreateUser();
  // One id per press of "create": a retry after a lost answer creates the account once.
  const submission = useSubmissionId();
  const [form, setForm] = useState(EMPTY);
  const [issues, setIssues] = useState<Record<string, string>>({});
  const [notice, setNotice] = useState<string | null>(null);

  const set = (field: keyof typeof EMPTY) => (e: { target: { value: string } }) =>
    setForm((f) => ({ ...f, [field]: e.target.value }));

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setNotice(null);
    const { createUser } = await run({
      username: form.username,
      displayName: form.displayName,
      role: form.role,
      region: form.role === 'REGIONAL_OFFICER' ? form.region || null : null,
      centralBody: form.role === 'CENTRAL_BODY_OFFICER' ? form.centralBody || null : null,
      password: form.password || null,
      submissionId: submission.current(),
    });
    submission.renew();
    if (createUser.__typename === 'AccountChanged') {
      setIssues({});
      setForm(EMPTY);
      setNotice(t('users.created', { name: createUser.user.username }));
      onCreated();
    } else {
      const byField = Object.fromEntries(createUser.issues.map((i) => [i.path, words.issue(i)]));
      setIssues(createUser.issues.length > 0 ? byField : { username: words.accountRefusal(createUser.code) });
    }
  };

  const field = (name: keyof typeof EMPTY, label: string, input: React.ReactNode) => (
    <div className="field">
      <label htmlFor={`user-${name}`}>{label}</label>
      {input}
      {issues[name] ? (
        <p id={`user-${name}-error`} className="field__error">
          {issues[name]}
        </p>
      ) : null}
    </div>
  );
  const common = (name: keyof typeof EMPTY) => ({
    id: `user-${name}`,
    value: form[name],
    onChange: set(name),
    'aria-invalid': Boolean(issues[name]),
    'aria-describedby': issues[name] ? `user-${name}-error` : undefined,
  });

  return (
    <form className="card" onSubmit={onSubmit} aria-labelledby="create-user-title">
      <h2 id="create-user-title">{t('users.create')}</h2>
      {field('username', t('users.username'), <input {...common('username')} autoComplete="off" required />)}
      {field('displayName', t('users.displayName'), <input {...common('displayName')} required />)}
      {field(
        'role',
        t('users.role'),
        <select {...common('role')}>
          {ASSIGNABLE_ROLES.map((role) => (
            <option key={role} value={role}>
              {t(`role.${role}`)}
            </option>
          ))}
        </select>,
      )}
      {form.role === 'REGIONAL_OFFICER'
        ? field(
            'region',
            t('users.region'),
            <select {...common('region')}>
              <option value="">—</option>
              {Object.keys(REGION_LABELS).map((code) => (
                <option key={code} value={code}>
                  {region(code)}
                </option>
              ))}
            </select>,
          )
        : null}
      {form.role === 'CENTRAL_BODY_OFFICER'
        ? field(
            'centralBody',
            t('users.centralBody'),
            <CentralBodySelect
              id="user-centralBody"
              value={form.centralBody}
              onChange={(code) => setForm((f) => ({ ...f, centralBody: code }))}
              invalid={Boolean(issues.centralBody)}
              describedBy={issues.centralBody ? 'user-centralBody-error' : undefined}
            />,
          )
        : null}
      {field(
        'password',
        t('users.password'),
        <input {...common('password')} type="password" autoComplete="new-password" />,
      )}
      {error ? <ApiErrorPanel error={error} /> : null}
      {notice ? (
        <p className="notice" role="status">
          {notice}
        </p>
      ) : null}
      <button type="submit" className="button button--primary" disabled={running}>
        {t('users.create')}
      </button>
    </form>
  );
};
