import { type ComponentType, lazy, Suspense, useEffect, useRef, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { PageProgress } from '@/components/page-progress.tsx';
import { useI18n } from '@/lib/i18n/i18n.tsx';
import { useViewer } from '@/lib/session/session.tsx';
import { nextStop, type RotationStop, secondsPerScreen } from './rotation.ts';
import './tv.css';

const Overview = lazy(() => import('@/features/overview/components/overview-page.tsx'));
// The analyst's board, when the charts feature is part of the build.
const boardModules = import.meta.glob<{ BoardPage: ComponentType }>(
  '/src/features/charts/components/board-page.tsx',
);
const loadBoard = Object.values(boardModules)[0];
const Board = loadBoard
  ? lazy(async () => {
      const [module] = await Promise.all([loadBoard(), import('@/features/charts/components/charts.css')]);
      return { default: module.BoardPage };
    })
  : null;

/** What a stop is on any page: its header, each section title, each chart on a board. */
const STOPS = '.page-header, .section-title, .board > li';

/**
 * The situation room: the pages a role reads, without the header and menus, in large type, each
 * section shown for N seconds (`?every=N`) before the next, round and round. The figures stay
 * live. Escape or the corner's button leaves; the corner's controls appear on a mouse move or focus.
 */
const TvPage = () => {
  const { t } = useI18n();
  const viewer = useViewer();
  const navigate = useNavigate();
  const [search] = useSearchParams();
  const seconds = secondsPerScreen(search.get('every'));
  const pages: ComponentType[] = viewer.role === 'ANALYST' && Board ? [Overview, Board] : [Overview];
  const [at, setAt] = useState<RotationStop>({ page: 0, stop: 0 });
  const pageRef = useRef<HTMLDivElement>(null);
  const Page = pages[at.page % pages.length]!;

  useEffect(() => {
    document.documentElement.dataset.tv = 'on';
    const leave = (event: KeyboardEvent) => {
      if (event.key === 'Escape') navigate('/overview');
    };
    window.addEventListener('keydown', leave);
    return () => {
      delete document.documentElement.dataset.tv;
      window.removeEventListener('keydown', leave);
    };
  }, [navigate]);

  const advance = () => {
    const stops = pageRef.current?.querySelectorAll(STOPS).length ?? 0;
    setAt((current) => nextStop(current, pages.length, stops));
  };

  // biome-ignore lint/correctness/useExhaustiveDependencies: restarts the count at every screen.
  useEffect(() => {
    const timer = window.setTimeout(advance, seconds * 1000);
    return () => window.clearTimeout(timer);
  }, [at, seconds]);

  useEffect(() => {
    const stop = pageRef.current?.querySelectorAll(STOPS)[at.stop];
    if (at.stop === 0 || !stop) window.scrollTo({ top: 0 });
    else stop.scrollIntoView({ block: 'start' });
  }, [at]);

  return (
    <div className="tv" data-tv-page={at.page}>
      <div className="tv__controls">
        <span>{t('tv.every', { seconds })}</span>
        <button type="button" className="button" onClick={advance}>
          {t('tv.next')}
        </button>
        <button
          type="button"
          className="button"
          onClick={() => void document.documentElement.requestFullscreen?.().catch(() => undefined)}
        >
          {t('tv.fullScreen')}
        </button>
        <Link className="button" to="/overview">
          {t('tv.exit')}
        </Link>
      </div>
      <main className="tv__page" ref={pageRef}>
        <Suspense fallback={<PageProgress />}>
          <Page key={at.page} />
        </Suspense>
      </main>
    </div>
  );
};

export default TvPage;
