import { type FormEvent, useState } from 'react';
import { ApiErrorPanel } from '@/components/api-error-panel.tsx';
import { PageProgress } from '@/components/page-progress.tsx';
import { TableScroll } from '@/components/table-scroll.tsx';
import type { MessageKey } from '@/lib/i18n/catalogue.ts';
import { useI18n } from '@/lib/i18n/i18n.tsx';
import { useAddCentralBody, useCentralBodies } from '../api/central-bodies.ts';

const EMPTY = { code: '', kind: 'AGENCY' as 'MINISTRY' | 'AGENCY', nameRu: '', nameKk: '', nameEn: '' };
type Field = keyof typeof EMPTY;

/** Refusal codes the server gives for a body's fields, as this form words them; others show the server's words. */
const ISSUE_KEYS: Record<string, MessageKey> = {
  taken: 'centralBodies.issue.taken',
  too_small: 'centralBodies.issue.tooShort',
  too_big: 'centralBodies.issue.tooLong',
  invalid_format: 'centralBodies.issue.format',
  custom: 'centralBodies.issue.regionCode',
};

/**
 * The catalogue of central state bodies (ministries and agencies reporting beside the regions):
 * the administrator reads it and adds a body it lacks. The server validates and names the field.
 */
export const CentralBodiesCard = () => {
  const { t, lang } = useI18n();
  const { data, error, loading, refetch } = useCentralBodies();
  const { run, running, error: addError } = useAddCentralBody();
  const [form, setForm] = useState(EMPTY);
  const [issues, setIssues] = useState<Partial<Record<Field, string>>>({});
  const [notice, setNotice] = useState<string | null>(null);

  const nameOf = (b: { nameRu: string; nameKk: string; nameEn: string }) =>
    lang === 'kk' ? b.nameKk : lang === 'en' ? b.nameEn : b.nameRu;

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setNotice(null);
    let answer: Awaited<ReturnType<typeof run>>;
    try {
      answer = await run({ input: { ...form, submissionId: crypto.randomUUID() } });
    } catch {
      return; // shown by the error panel
    }
    const result = answer.addCentralBody;
    if (result.__typename === 'CentralBodySucceeded') {
      setIssues({});
      setForm(EMPTY);
      setNotice(t('centralBodies.added', { code: result.body.code }));
      refetch();
    } else if (result.__typename === 'CentralBodyValidationFailed') {
      setIssues(
        Object.fromEntries(
          result.issues.map((i) => {
            const key = ISSUE_KEYS[i.code];
            return [
              i.path,
              key ? t(key, { example: 'AG-SPORT' }) : `${t('centralBodies.issue.invalid')} ${i.message}`,
            ];
          }),
        ),
      );
    } else {
      setIssues({ code: t('centralBodies.issue.refused') });
    }
  };

  const input = (name: Field, label: string, control: React.ReactNode) => (
    <div className="field">
      <label htmlFor={`body-${name}`}>{label}</label>
      {control}
      {issues[name] ? (
        <p id={`body-${name}-error`} className="field__error">
          {issues[name]}
        </p>
      ) : null}
    </div>
  );
  const common = (name: Field) => ({
    id: `body-${name}`,
    value: form[name],
    onChange: (e: { target: { value: string } }) => setForm((f) => ({ ...f, [name]: e.target.value })),
    'aria-invalid': Boolean(issues[name]),
    'aria-describedby': issues[name] ? `body-${name}-error` : undefined,
  });

  return (
    <section className="users-layout central-bodies" aria-labelledby="central-bodies-title">
      <div className="card">
        <h2 id="central-bodies-title">{t('centralBodies.title')}</h2>
        <p>{t('centralBodies.lead')}</p>
        {error ? <ApiErrorPanel error={error} onRetry={refetch} /> : null}
        {loading ? <PageProgress /> : null}
        {data ? (
          <TableScroll label={t('centralBodies.title')}>
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('centralBodies.code')}</th>
                  <th scope="col">{t('centralBodies.kind')}</th>
                  <th scope="col">{t('centralBodies.name')}</th>
                </tr>
              </thead>
              <tbody>
                {data.centralBodies.map((b) => (
                  <tr key={b.code}>
                    <td>{b.code}</td>
                    <td>{t(`centralBodies.kind.${b.kind}`)}</td>
                    <td>
                      {nameOf(b)}
                      {b.seeded ? null : <span className="badge">{t('centralBodies.addedBadge')}</span>}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        ) : null}
      </div>
      <form className="card" onSubmit={onSubmit} aria-labelledby="add-central-body-title">
        <h2 id="add-central-body-title">{t('centralBodies.add')}</h2>
        {input('code', t('centralBodies.code'), <input {...common('code')} autoComplete="off" required />)}
        {input(
          'kind',
          t('centralBodies.kind'),
          <select {...common('kind')}>
            <option value="MINISTRY">{t('centralBodies.kind.MINISTRY')}</option>
            <option value="AGENCY">{t('centralBodies.kind.AGENCY')}</option>
          </select>,
        )}
        {input('nameRu', t('centralBodies.nameRu'), <input {...common('nameRu')} required />)}
        {input('nameKk', t('centralBodies.nameKk'), <input {...common('nameKk')} required />)}
        {input('nameEn', t('centralBodies.nameEn'), <input {...common('nameEn')} required />)}
        {addError ? <ApiErrorPanel error={addError} /> : null}
        {notice ? (
          <p className="notice" role="status">
            {notice}
          </p>
        ) : null}
        <button type="submit" className="button button--primary" disabled={running}>
          {t('centralBodies.add')}
        </button>
      </form>
    </section>
  );
};
