import { type FormEvent, useId, useState } from 'react';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { ApiErrorPanel } from '@/components/api-error-panel.tsx';
import { InstitutionBrand } from '@/components/institution-brand.tsx';
import { LanguageSwitcher } from '@/components/language-switcher.tsx';
import { ApiError } from '@/lib/graphql/api-error.ts';
import { useI18n } from '@/lib/i18n/i18n.tsx';
import { homePath } from '@/lib/session/home-path.ts';
import { useSession } from '@/lib/session/session.tsx';

/** Only same-site paths are followed after sign-in, so a crafted link cannot send the user away. */
const safeNext = (next: string | null): string | null =>
  next?.startsWith('/') && !next.startsWith('//') && !next.startsWith('/sign-in') ? next : null;

export const SignInPage = () => {
  const { t } = useI18n();
  const { viewer, signIn } = useSession();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [refusal, setRefusal] = useState<string | null>(null);
  const [failure, setFailure] = useState<ApiError | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const [touched, setTouched] = useState(false);
  const errorId = useId();

  if (viewer) return <Navigate to={safeNext(params.get('next')) ?? homePath(viewer)} replace />;

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setTouched(true);
    if (!username.trim() || !password) return;
    setSubmitting(true);
    setRefusal(null);
    setFailure(null);
    try {
      const outcome = await signIn(username.trim(), password);
      if (outcome.ok) navigate(safeNext(params.get('next')) ?? homePath(outcome.viewer), { replace: true });
      else setRefusal(outcome.reason === 'TOO_MANY_ATTEMPTS' ? t('error.rateLimited') : t('auth.failed'));
    } catch (cause) {
      setFailure(cause instanceof ApiError ? cause : new ApiError('network', String(cause), null, true));
    } finally {
      setSubmitting(false);
    }
  };

  const missing = (value: string) => touched && !value.trim();
  return (
    <div className="sign-in">
      <div className="sign-in__lang">
        <LanguageSwitcher />
      </div>
      <main className="sign-in__card">
        <InstitutionBrand size={48} variant="sign-in" />
        <h1>{t('auth.title')}</h1>
        <p className="sign-in__lead">{t('auth.lead')}</p>
        <form onSubmit={onSubmit} noValidate aria-describedby={refusal ? errorId : undefined}>
          <div className="field">
            <label htmlFor="username">{t('auth.username')}</label>
            <input
              id="username"
              name="username"
              autoComplete="username"
              value={username}
              onChange={(e) => setUsername(e.target.value)}
              aria-invalid={missing(username)}
              aria-describedby={missing(username) ? 'username-error' : undefined}
            />
            {missing(username) ? (
              <p id="username-error" className="field__error">
                {t('auth.required')}
              </p>
            ) : null}
          </div>
          <div className="field">
            <label htmlFor="password">{t('auth.password')}</label>
            <input
              id="password"
              name="password"
              type="password"
              autoComplete="current-password"
              value={password}
              onChange={(e) => setPassword(e.target.value)}
              aria-invalid={missing(password)}
              aria-describedby={missing(password) ? 'password-error' : undefined}
            />
            {missing(password) ? (
              <p id="password-error" className="field__error">
                {t('auth.required')}
              </p>
            ) : null}
          </div>
          {refusal ? (
            <p id={errorId} className="form-error" role="alert">
              {refusal}
            </p>
          ) : null}
          {failure ? <ApiErrorPanel error={failure} /> : null}
          <button type="submit" className="button button--primary button--wide" disabled={submitting}>
            {submitting ? t('auth.submitting') : t('auth.submit')}
          </button>
        </form>
        <p className="sign-in__tagline">{t('app.tagline')}</p>
      </main>
    </div>
  );
};
