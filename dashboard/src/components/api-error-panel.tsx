import type { ApiError } from '@/lib/graphql/api-error.ts';
import type { MessageKey } from '@/lib/i18n/catalogue.ts';
import { useI18n } from '@/lib/i18n/i18n.tsx';

const ADVICE: Record<ApiError['kind'], MessageKey> = {
  network: 'error.network',
  unauthenticated: 'error.unauthenticated',
  forbidden: 'error.forbidden',
  'rate-limited': 'error.rateLimited',
  server: 'error.server',
  invalid: 'error.invalid',
  refused: 'error.refused',
};

/** What happened and what to try, in the interface language; the server's own words go in a detail. */
export const ApiErrorPanel = ({ error, onRetry }: { error: ApiError; onRetry?: () => void }) => {
  const { t } = useI18n();
  return (
    <div className="error-panel" role="alert">
      <p className="error-panel__title">{t('error.title')}</p>
      <p>{t(ADVICE[error.kind])}</p>
      {error.kind === 'unauthenticated' ? (
        <a className="button" href="/sign-in">
          {t('auth.submit')}
        </a>
      ) : onRetry ? (
        <button type="button" className="button" onClick={onRetry}>
          {t('error.retry')}
        </button>
      ) : null}
      {error.message ? <p className="error-panel__detail">{error.message}</p> : null}
    </div>
  );
};
