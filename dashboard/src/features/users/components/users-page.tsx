import { useState } from 'react';
import { ApiErrorPanel } from '@/components/api-error-panel.tsx';
import { EmptyState } from '@/components/empty-state.tsx';
import { PageProgress } from '@/components/page-progress.tsx';
import { TableScroll } from '@/components/table-scroll.tsx';
import { useI18n } from '@/lib/i18n/i18n.tsx';
import { useUsers } from '../api/users.ts';
import { CentralBodiesCard } from './central-bodies-card.tsx';
import { useCentralBodyName } from './central-body-select.tsx';
import { CreateUserForm } from './create-user-form.tsx';
import { type ManagedUser, ManageUserDrawer } from './manage-user-drawer.tsx';

const UsersPage = () => {
  const { t, region, fmt } = useI18n();
  const bodyName = useCentralBodyName();
  const { data, error, loading, refetch } = useUsers();
  const [managed, setManaged] = useState<ManagedUser | null>(null);
  return (
    <section aria-labelledby="users-title">
      <div className="page-header">
        <div>
          <h1 id="users-title">{t('users.title')}</h1>
          <p>{t('users.lead')}</p>
        </div>
      </div>
      <div className="users-layout">
        <div className="card">
          {error ? <ApiErrorPanel error={error} onRetry={refetch} /> : null}
          {loading ? <PageProgress /> : null}
          {data && data.users.length === 0 ? <EmptyState title={t('users.empty')} /> : null}
          {data && data.users.length > 0 ? (
            <TableScroll label={t('users.title')}>
              <table>
                <thead>
                  <tr>
                    <th scope="col">{t('users.username')}</th>
                    <th scope="col">{t('users.displayName')}</th>
                    <th scope="col">{t('users.role')}</th>
                    <th scope="col">{t('users.unit')}</th>
                    <th scope="col">{t('drill.recordedAt')}</th>
                    <th scope="col">{t('users.actions')}</th>
                  </tr>
                </thead>
                <tbody>
                  {data.users.map((user) => (
                    <tr key={user.id} className={user.active ? undefined : 'row--inactive'}>
                      <td>{user.username}</td>
                      <td>{user.displayName}</td>
                      <td>{t(`role.${user.role}`)}</td>
                      <td>
                        {user.region
                          ? region(user.region)
                          : user.centralBody
                            ? bodyName(user.centralBody)
                            : t('users.noRegion')}
                      </td>
                      <td>{fmt.dateTime(user.createdAt)}</td>
                      <td>
                        {user.active ? null : <span className="badge">{t('users.inactive')}</span>}
                        <button
                          type="button"
                          className="button button--small"
                          onClick={() => setManaged(user)}
                          aria-label={`${t('users.manage')}: ${user.username}`}
                        >
                          {t('users.manage')}
                        </button>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableScroll>
          ) : null}
        </div>
        <CreateUserForm onCreated={refetch} />
      </div>
      <CentralBodiesCard />
      <ManageUserDrawer user={managed} onClose={() => setManaged(null)} onChanged={refetch} />
    </section>
  );
};

export default UsersPage;
