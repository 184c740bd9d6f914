import { useI18n } from '@/lib/i18n/i18n.tsx';

/** The last line of defence: a screen that failed to render, or a chunk that failed to load. */
export const RouteErrorPage = () => {
  const { t } = useI18n();
  return (
    <main className="page page--narrow status-page" role="alert">
      <h1>{t('error.unexpected')}</h1>
      <button type="button" className="button" onClick={() => window.location.reload()}>
        {t('error.reload')}
      </button>
    </main>
  );
};
