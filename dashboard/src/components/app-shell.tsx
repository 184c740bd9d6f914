import { Suspense } from 'react';
import { Link, NavLink, Outlet, useNavigate } from 'react-router';
import { useI18n } from '@/lib/i18n/i18n.tsx';
import { COUNTRY_READERS, homePath, navigationFor } from '@/lib/session/home-path.ts';
import { useSession, useViewer } from '@/lib/session/session.tsx';
import { InstitutionBrand } from './institution-brand.tsx';
import { LanguageSwitcher } from './language-switcher.tsx';
import { LiveIndicator } from './live-indicator.tsx';
import { PageProgress } from './page-progress.tsx';
import { ThemeToggle } from './theme-toggle.tsx';

export const AppShell = () => {
  const { t, region } = useI18n();
  const viewer = useViewer();
  const { signOut } = useSession();
  const navigate = useNavigate();
  const onSignOut = async () => {
    await signOut();
    navigate('/sign-in', { replace: true });
  };
  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="shell__header">
        <div className="shell__bar">
          <Link to={homePath(viewer)} className="brand">
            <InstitutionBrand variant="brand" />
          </Link>
          <div className="shell__tools">
            <LiveIndicator />
            {COUNTRY_READERS.includes(viewer.role) ? (
              <Link to="/tv" className="button button--ghost-light shell__tv" title={t('tv.openLead')}>
                {t('tv.open')}
              </Link>
            ) : null}
            <ThemeToggle />
            <LanguageSwitcher />
            <div className="user-badge">
              <span className="user-badge__name">{viewer.displayName}</span>
              <span className="user-badge__role">
                {t(`role.${viewer.role}`)}
                {viewer.region ? ` · ${region(viewer.region)}` : ''}
              </span>
            </div>
            <button type="button" className="button button--ghost-light" onClick={onSignOut}>
              {t('auth.signOut')}
            </button>
          </div>
        </div>
        <nav className="shell__nav" aria-label={t('nav.main')}>
          <ul>
            {navigationFor(viewer).map((item) => (
              <li key={item.to}>
                <NavLink to={item.to} className="shell__nav-link">
                  {t(item.label)}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main id="main" className="shell__main" tabIndex={-1}>
        <Suspense fallback={<PageProgress />}>
          <Outlet />
        </Suspense>
      </main>
    </div>
  );
};
