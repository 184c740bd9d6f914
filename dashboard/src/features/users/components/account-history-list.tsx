import { ApiErrorPanel } from '@/components/api-error-panel.tsx';
import { PageProgress } from '@/components/page-progress.tsx';
import type { MessageKey } from '@/lib/i18n/catalogue.ts';
import { useI18n } from '@/lib/i18n/i18n.tsx';
import { useAccountHistory } from '../api/account-history.ts';

const CHANGES = ['UserRegistered', 'UserRoleGranted', 'UserPasswordChanged', 'UserDeactivated'];

/** Who changed this account, how and when: read back from the log. */
export const AccountHistoryList = ({ userId }: { userId: string }) => {
  const { t, fmt, region } = useI18n();
  const { data, error, loading, refetch } = useAccountHistory(userId);
  if (error) return <ApiErrorPanel error={error} onRetry={refetch} />;
  if (loading || !data) return <PageProgress />;
  if (data.accountHistory.length === 0) return <p>{t('users.historyEmpty')}</p>;
  return (
    <table className="history-table">
      <thead>
        <tr>
          <th scope="col">{t('drill.recordedAt')}</th>
          <th scope="col">{t('drill.type')}</th>
          <th scope="col">{t('users.changedBy')}</th>
        </tr>
      </thead>
      <tbody>
        {data.accountHistory.map((entry) => (
          <tr key={`${entry.recordedAt}-${entry.change}`}>
            <td>{fmt.dateTime(entry.recordedAt)}</td>
            <td>
              {CHANGES.includes(entry.change)
                ? t(`users.change.${entry.change}` as MessageKey)
                : entry.change}
              {entry.role ? ` · ${t(`role.${entry.role}`)}` : ''}
              {entry.region ? ` · ${region(entry.region)}` : ''}
              {entry.reason ? ` · ${entry.reason}` : ''}
            </td>
            <td>{entry.changedBy}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
};
