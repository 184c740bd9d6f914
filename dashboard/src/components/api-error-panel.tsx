import type { ApiError } from '@/lib/graphql/api-error.ts';
import type { MessageKey } from '@/lib/i18n/catalogue.ts';
import { type Translate, useI18n } from '@/lib/i18n/i18n.tsx';
import { errorCodeKey } from '@/lib/i18n/refusal-keys.ts';

const ADVICE: Record<ApiError['kind'], MessageKey> = {
  network: 'error.network',
  unauthenticated: 'error.unauthenticated',
  forbidden: 'error.forbidden',
  'rate-limited': 'error.rateLimited',
  server: 'error.server',
  invalid: 'error.invalid',
  refused: 'error.refused',
};

/**
 * The detail under the advice, in the interface language only. An HTTP failure with no body the
 * app can read (a proxy's "502 Bad Gateway", a browser's "Failed to fetch") is told by its
 * status; a GraphQL error or a KPI refusal by its code; the import route's refusal in the words
 * it wrote in the reader's language. The server's English `message` is never shown.
 */
export const errorDetail = (error: ApiError, t: Translate): string | null => {
  if (error.opaque) return error.status === null ? null : t('error.httpStatus', { status: error.status });
  if (error.readerText) return error.readerText;
  const key = error.code ? errorCodeKey(error.code, error.field) : null;
  return key ? t(key) : null;
};

/** What happened and what to try, in the interface language, then the detail. */
export const ApiErrorPanel = ({ error, onRetry }: { error: ApiError; onRetry?: () => void }) => {
  const { t } = useI18n();
  const detail = errorDetail(error, t);
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
      {detail ? <p className="error-panel__detail">{detail}</p> : null}
    </div>
  );
};
