import { type FormEvent, useState } from 'react';
import { ApiErrorPanel } from '@/components/api-error-panel.tsx';
import { useI18n } from '@/lib/i18n/i18n.tsx';
import { useRenameCentralBody } from '../api/central-bodies.ts';
import { CentralBodyField, fieldProps } from './central-body-field.tsx';
import { useCentralBodyIssues } from './central-body-issues.ts';

export interface RenamedBody {
  readonly code: string;
  readonly nameRu: string;
  readonly nameKk: string;
  readonly nameEn: string;
  readonly revision: number;
}

/**
 * Renames a body after a reorganisation (its code and history stay). Sent with the version the
 * administrator saw, so a rename someone made meanwhile is not overwritten unseen.
 */
export const RenameCentralBodyForm = ({ body, onRenamed }: { body: RenamedBody; onRenamed: () => void }) => {
  const { t } = useI18n();
  const { run, running, error } = useRenameCentralBody();
  const issuesOf = useCentralBodyIssues();
  const [form, setForm] = useState({ nameRu: body.nameRu, nameKk: body.nameKk, nameEn: body.nameEn });
  const [issues, setIssues] = useState<Record<string, string>>({});
  const [notice, setNotice] = useState<string | null>(null);
  const props = (name: keyof typeof form) => fieldProps('rename', form, setForm, issues, name);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setNotice(null);
    const input = {
      ...form,
      code: body.code,
      expectedRevision: body.revision,
      submissionId: crypto.randomUUID(),
    };
    const answer = await run({ input }).catch(() => null); // a failure is shown by the error panel
    if (!answer) return;
    const result = answer.renameCentralBody;
    setIssues(issuesOf(result));
    if (result.__typename === 'CentralBodySucceeded') {
      setNotice(t('centralBodies.renamed', { code: body.code }));
      onRenamed();
    }
  };

  return (
    <form className="card" onSubmit={onSubmit} aria-labelledby="rename-central-body-title">
      <h2 id="rename-central-body-title">{t('centralBodies.renameTitle', { code: body.code })}</h2>
      {issues.code ? <p className="form-error">{issues.code}</p> : null}
      <CentralBodyField id="rename-nameRu" label={t('centralBodies.nameRu')} issue={issues.nameRu}>
        <input {...props('nameRu')} required />
      </CentralBodyField>
      <CentralBodyField id="rename-nameKk" label={t('centralBodies.nameKk')} issue={issues.nameKk}>
        <input {...props('nameKk')} required />
      </CentralBodyField>
      <CentralBodyField id="rename-nameEn" label={t('centralBodies.nameEn')} issue={issues.nameEn}>
        <input {...props('nameEn')} required />
      </CentralBodyField>
      {error ? <ApiErrorPanel error={error} /> : null}
      {notice ? (
        <p className="notice" role="status">
          {notice}
        </p>
      ) : null}
      <button type="submit" className="button button--primary" disabled={running}>
        {t('centralBodies.rename')}
      </button>
    </form>
  );
};
