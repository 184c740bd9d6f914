import type { ApiError } from '@/lib/graphql/api-error.ts';
import { useI18n } from '@/lib/i18n/i18n.tsx';
import { useSession } from '@/lib/session/session.tsx';
import { ApiErrorPanel } from './api-error-panel.tsx';
import { InstitutionBrand } from './institution-brand.tsx';
import { LanguageSwitcher } from './language-switcher.tsx';

/**
 * When the session cannot be checked (the server down, a proxy's 502), the person still has the
 * product's frame: the name to go home by, the language, a way to sign out, and a retry.
 */
export const SessionErrorPage = ({ error, onRetry }: { error: ApiError; onRetry: () => void }) => {
  const { t } = useI18n();
  const { signOut } = useSession();
  const onSignOut = async () => {
    // The server may be the thing that is down: leave for the sign-in screen either way.
    await signOut().catch(() => undefined);
    window.location.assign('/sign-in');
  };
  return (
    <div className="shell">
      <header className="shell__header">
        <div className="shell__bar">
          <a href="/" className="brand">
            <InstitutionBrand variant="brand" />
          </a>
          <div className="shell__tools">
            <LanguageSwitcher />
            <button type="button" className="button button--ghost-light" onClick={onSignOut}>
              {t('auth.signOut')}
            </button>
          </div>
        </div>
      </header>
      <main className="page page--narrow" id="main">
        <ApiErrorPanel error={error} onRetry={onRetry} />
      </main>
    </div>
  );
};
