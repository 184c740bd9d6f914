import { Link } from 'react-router';
import { useI18n } from '@/lib/i18n/i18n.tsx';
import { homePath } from '@/lib/session/home-path.ts';
import { useViewer } from '@/lib/session/session.tsx';

/** Said plainly, with the way back; the server refuses the same request anyway. */
export const ForbiddenPage = ({ requestedRegion }: { requestedRegion?: string }) => {
  const { t, region } = useI18n();
  const viewer = useViewer();
  return (
    <section className="page page--narrow status-page" aria-labelledby="forbidden-title">
      <p className="status-page__code">403</p>
      <h1 id="forbidden-title">{t('forbidden.title')}</h1>
      <p>
        {requestedRegion && viewer.region
          ? t('forbidden.region', { own: region(viewer.region), other: region(requestedRegion) })
          : t('forbidden.body')}
      </p>
      <Link className="button" to={homePath(viewer)}>
        {t('forbidden.back')}
      </Link>
    </section>
  );
};
