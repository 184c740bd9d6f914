import { useState } from 'react';
import { ApiErrorPanel } from '@/components/api-error-panel.tsx';
import { PageProgress } from '@/components/page-progress.tsx';
import { TableScroll } from '@/components/table-scroll.tsx';
import { useI18n } from '@/lib/i18n/i18n.tsx';
import { useCentralBodies } from '../api/central-bodies.ts';
import { AddCentralBodyForm } from './add-central-body-form.tsx';
import { RenameCentralBodyForm } from './rename-central-body-form.tsx';

/**
 * The catalogue of central state bodies (ministries and agencies reporting beside the regions):
 * the administrator reads it in their language, adds a body it lacks and renames one.
 */
export const CentralBodiesCard = () => {
  const { t, lang } = useI18n();
  const { data, error, loading, refetch } = useCentralBodies();
  // By code: the form reads the body's latest version from the list, so a second rename is not stale.
  const [renamingCode, setRenamingCode] = useState<string | null>(null);
  const renaming = data?.centralBodies.find((b) => b.code === renamingCode) ?? null;

  const nameOf = (b: { nameRu: string; nameKk: string; nameEn: string }) =>
    lang === 'kk' ? b.nameKk : lang === 'en' ? b.nameEn : b.nameRu;

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
                  <th scope="col">{t('users.actions')}</th>
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
                    <td>
                      <button
                        type="button"
                        className="button button--small"
                        onClick={() => setRenamingCode(b.code)}
                        aria-label={`${t('centralBodies.rename')}: ${b.code}`}
                      >
                        {t('centralBodies.rename')}
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        ) : null}
      </div>
      <div>
        {renaming ? <RenameCentralBodyForm key={renaming.code} body={renaming} onRenamed={refetch} /> : null}
        <AddCentralBodyForm onAdded={refetch} />
      </div>
    </section>
  );
};
