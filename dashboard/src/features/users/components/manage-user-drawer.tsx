import { type FormEvent, useState } from 'react';
import { ApiErrorPanel } from '@/components/api-error-panel.tsx';
import { Drawer } from '@/components/drawer.tsx';
import { useSubmissionId } from '@/lib/graphql/use-submission-id.ts';
import { useI18n } from '@/lib/i18n/i18n.tsx';
import { useIssueWords } from '@/lib/i18n/issues/use-issue-words.ts';
import { REGION_LABELS } from '@/lib/i18n/vocabulary.generated.ts';
import type { Role } from '@/lib/session/me.ts';
import { useDeactivateUser } from '../api/deactivate-user.ts';
import { useGrantRole } from '../api/grant-role.ts';
import { AccountHistoryList } from './account-history-list.tsx';
import { ASSIGNABLE_ROLES, CentralBodySelect } from './central-body-select.tsx';

export interface ManagedUser {
  readonly id: string;
  readonly username: string;
  readonly role: Role;
  readonly region: string | null;
  readonly centralBody: string | null;
  readonly active: boolean;
}

type Outcome = { __typename: 'AccountChanged' } | { __typename: 'AccountRefused'; code: string };

/** An account's role and region, closing its access, and the recorded history of both. */
export const ManageUserDrawer = ({
  user,
  onClose,
  onChanged,
}: {
  user: ManagedUser | null;
  onClose: () => void;
  onChanged: () => void;
}) => {
  const { t } = useI18n();
  return (
    <Drawer
      open={user !== null}
      title={user ? t('users.manageTitle', { name: user.username }) : ''}
      onClose={onClose}
    >
      {user ? <ManageUser key={user.id} user={user} onChanged={onChanged} /> : null}
    </Drawer>
  );
};

const ManageUser = ({ user, onChanged }: { user: ManagedUser; onChanged: () => void }) => {
  const { t, region } = useI18n();
  const words = useIssueWords();
  const grant = useGrantRole();
  const deactivate = useDeactivateUser();
  // One id per press of "grant" or "deactivate": a retry after a lost answer records it once.
  const submission = useSubmissionId();
  const [role, setRole] = useState<Role>(user.role);
  const [regionCode, setRegionCode] = useState(user.region ?? '');
  const [centralBody, setCentralBody] = useState(user.centralBody ?? '');
  const [reason, setReason] = useState('');
  const [notice, setNotice] = useState<string | null>(null);
  const [refusal, setRefusal] = useState<string | null>(null);
  const [version, setVersion] = useState(0);

  const settle = (outcome: Outcome, done: string) => {
    submission.renew();
    if (outcome.__typename === 'AccountChanged') {
      setRefusal(null);
      setNotice(done);
      setVersion((v) => v + 1);
      onChanged();
    } else {
      setNotice(null);
      setRefusal(words.accountRefusal(outcome.code));
    }
  };

  const onGrant = async (event: FormEvent) => {
    event.preventDefault();
    const { grantRole } = await grant.run({
      userId: user.id,
      role,
      region: role === 'REGIONAL_OFFICER' ? regionCode || null : null,
      centralBody: role === 'CENTRAL_BODY_OFFICER' ? centralBody || null : null,
      submissionId: submission.current(),
    });
    settle(grantRole, t('users.granted'));
  };

  const onDeactivate = async (event: FormEvent) => {
    event.preventDefault();
    const { deactivateUser } = await deactivate.run({
      userId: user.id,
      reason,
      submissionId: submission.current(),
    });
    settle(deactivateUser, t('users.deactivated'));
  };

  return (
    <div className="manage-user">
      {notice ? (
        <p className="notice" role="status">
          {notice}
        </p>
      ) : null}
      {refusal ? (
        <p className="form-error" role="alert">
          {refusal}
        </p>
      ) : null}
      {grant.error ? <ApiErrorPanel error={grant.error} /> : null}
      {deactivate.error ? <ApiErrorPanel error={deactivate.error} /> : null}
      <form onSubmit={onGrant} className="manage-user__section">
        <div className="field">
          <label htmlFor="manage-role">{t('users.role')}</label>
          <select id="manage-role" value={role} onChange={(e) => setRole(e.target.value as Role)}>
            {ASSIGNABLE_ROLES.map((r) => (
              <option key={r} value={r}>
                {t(`role.${r}`)}
              </option>
            ))}
          </select>
        </div>
        {role === 'REGIONAL_OFFICER' ? (
          <div className="field">
            <label htmlFor="manage-region">{t('users.region')}</label>
            <select id="manage-region" value={regionCode} onChange={(e) => setRegionCode(e.target.value)}>
              <option value="">—</option>
              {Object.keys(REGION_LABELS).map((code) => (
                <option key={code} value={code}>
                  {region(code)}
                </option>
              ))}
            </select>
          </div>
        ) : null}
        {role === 'CENTRAL_BODY_OFFICER' ? (
          <div className="field">
            <label htmlFor="manage-centralBody">{t('users.centralBody')}</label>
            <CentralBodySelect id="manage-centralBody" value={centralBody} onChange={setCentralBody} />
          </div>
        ) : null}
        <button type="submit" className="button button--primary" disabled={grant.running}>
          {t('users.grant')}
        </button>
      </form>
      {user.active ? (
        <form onSubmit={onDeactivate} className="manage-user__section">
          <div className="field">
            <label htmlFor="manage-reason">{t('users.reason')}</label>
            <input id="manage-reason" value={reason} required onChange={(e) => setReason(e.target.value)} />
          </div>
          <button type="submit" className="button" disabled={deactivate.running || !reason.trim()}>
            {t('users.deactivate')}
          </button>
        </form>
      ) : (
        <p className="manage-user__inactive">{t('users.inactive')}</p>
      )}
      <h3>{t('users.history')}</h3>
      <AccountHistoryList key={version} userId={user.id} />
    </div>
  );
};
