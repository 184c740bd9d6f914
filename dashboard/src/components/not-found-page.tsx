import { Link } from 'react-router';
import { useI18n } from '@/lib/i18n/i18n.tsx';

export const NotFoundPage = () => {
  const { t } = useI18n();
  return (
    <section className="page page--narrow status-page" aria-labelledby="not-found-title">
      <p className="status-page__code">404</p>
      <h1 id="not-found-title">{t('notFound.title')}</h1>
      <p>{t('notFound.body')}</p>
      <Link className="button" to="/">
        {t('notFound.back')}
      </Link>
    </section>
  );
};
