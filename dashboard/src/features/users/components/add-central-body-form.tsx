import { type FormEvent, useState } from 'react';
import { ApiErrorPanel } from '@/components/api-error-panel.tsx';
import { useI18n } from '@/lib/i18n/i18n.tsx';
import { useAddCentralBody } from '../api/central-bodies.ts';
import { CentralBodyField, fieldProps } from './central-body-field.tsx';
import { useCentralBodyIssues } from './central-body-issues.ts';

const EMPTY = { code: '', kind: 'AGENCY', nameRu: '', nameKk: '', nameEn: '' };

/** Adds a ministry or agency the catalogue lacks; the server validates and names the field. */
export const AddCentralBodyForm = ({ onAdded }: { onAdded: () => void }) => {
  const { t } = useI18n();
  const { run, running, error } = useAddCentralBody();
  const issuesOf = useCentralBodyIssues();
  const [form, setForm] = useState(EMPTY);
  const [issues, setIssues] = useState<Record<string, string>>({});
  const [notice, setNotice] = useState<string | null>(null);
  const props = (name: keyof typeof EMPTY) => fieldProps('body', form, setForm, issues, name);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setNotice(null);
    const kind = form.kind === 'MINISTRY' ? 'MINISTRY' : 'AGENCY';
    const answer = await run({ input: { ...form, kind, submissionId: crypto.randomUUID() } }).catch(
      () => null, // shown by the error panel
    );
    if (!answer) return;
    const result = answer.addCentralBody;
    setIssues(issuesOf(result));
    if (result.__typename === 'CentralBodySucceeded') {
      setForm(EMPTY);
      setNotice(t('centralBodies.added', { code: result.body.code }));
      onAdded();
    }
  };

  return (
    <form className="card" onSubmit={onSubmit} aria-labelledby="add-central-body-title">
      <h2 id="add-central-body-title">{t('centralBodies.add')}</h2>
      <CentralBodyField id="body-code" label={t('centralBodies.code')} issue={issues.code}>
        <input {...props('code')} autoComplete="off" required />
      </CentralBodyField>
      <CentralBodyField id="body-kind" label={t('centralBodies.kind')} issue={issues.kind}>
        <select {...props('kind')}>
          <option value="MINISTRY">{t('centralBodies.kind.MINISTRY')}</option>
          <option value="AGENCY">{t('centralBodies.kind.AGENCY')}</option>
        </select>
      </CentralBodyField>
      <CentralBodyField id="body-nameRu" label={t('centralBodies.nameRu')} issue={issues.nameRu}>
        <input {...props('nameRu')} required />
      </CentralBodyField>
      <CentralBodyField id="body-nameKk" label={t('centralBodies.nameKk')} issue={issues.nameKk}>
        <input {...props('nameKk')} required />
      </CentralBodyField>
      <CentralBodyField id="body-nameEn" label={t('centralBodies.nameEn')} issue={issues.nameEn}>
        <input {...props('nameEn')} required />
      </CentralBodyField>
      {error ? <ApiErrorPanel error={error} /> : null}
      {notice ? (
        <p className="notice" role="status">
          {notice}
        </p>
      ) : null}
      <button type="submit" className="button button--primary" disabled={running}>
        {t('centralBodies.add')}
      </button>
    </form>
  );
};
