import { lazy, Suspense, useState } from 'react';
import { createBrowserRouter, Navigate } from 'react-router';
import { AppShell } from '@/components/app-shell.tsx';
import { NotFoundPage } from '@/components/not-found-page.tsx';
import { PageProgress } from '@/components/page-progress.tsx';
import { RouteErrorPage } from '@/components/route-error-page.tsx';
import { SignInPage } from '@/features/auth/components/sign-in-page.tsx';
import { arrivedOverviewPage, loadOverviewPage } from '@/features/overview/api/overview-preload.ts';
import { COUNTRY_READERS, REPORT_SCHEDULERS } from '@/lib/session/home-path.ts';
import { BodyRoute } from './body-route.tsx';
import { RegionGuard, RequireRole, RequireSignIn } from './guards.tsx';
import { HomeRedirect } from './home-redirect.tsx';
import { optionalPage } from './optional-page.tsx';

// Every screen past sign-in is loaded when first visited: the shell stays small, and Recharts
// arrives with the first chart route. The chair's overview, opened most, is fetched earlier
// still, with its figures, by the entry (main.tsx).
const LazyOverviewPage = lazy(loadOverviewPage);
/**
 * The overview drawn with the shell when its code came before the app's first render, as it
 * usually does: a lazy page suspends at least once, and React then holds the page back for up to
 * 300 ms after showing the fallback (so that a spinner does not flash), the lead figures with it.
 * Chosen once per visit of the page, so that it is never mounted twice.
 */
const OverviewPage = () => {
  const [Arrived] = useState(arrivedOverviewPage);
  return Arrived ? <Arrived /> : <LazyOverviewPage />;
};
const TvPage = lazy(() => import('./tv/tv-page.tsx'));
const UsersPage = lazy(() => import('@/features/users/components/users-page.tsx'));
const AlertsPage = lazy(() => import('@/features/alerts/components/alerts-page.tsx'));
const ReportSchedulesPage = lazy(
  () => import('@/features/report-schedules/components/report-schedules-page.tsx'),
);
const TargetImportPage = lazy(() => import('@/features/overview/components/target-import-page.tsx'));
const WorkspacePage = optionalPage(
  import.meta.glob<{ default: React.ComponentType }>('/src/features/workspace/components/workspace-page.tsx'),
);
const ChartsPage = optionalPage(
  import.meta.glob<{ default: React.ComponentType }>('/src/features/charts/components/charts-page.tsx'),
);

export const router = createBrowserRouter([
  { path: '/sign-in', element: <SignInPage />, errorElement: <RouteErrorPage /> },
  {
    // The situation room: outside the shell, since it shows no header or menus.
    path: '/tv',
    element: (
      <RequireSignIn>
        <RequireRole roles={COUNTRY_READERS}>
          <Suspense fallback={<PageProgress />}>
            <TvPage />
          </Suspense>
        </RequireRole>
      </RequireSignIn>
    ),
    errorElement: <RouteErrorPage />,
  },
  {
    path: '/',
    element: (
      <RequireSignIn>
        <AppShell />
      </RequireSignIn>
    ),
    errorElement: <RouteErrorPage />,
    children: [
      { index: true, element: <HomeRedirect /> },
      {
        path: 'overview',
        element: (
          <RequireRole roles={COUNTRY_READERS}>
            <OverviewPage />
          </RequireRole>
        ),
      },
      {
        path: 'charts/*',
        element: (
          <RequireRole roles={COUNTRY_READERS}>
            <ChartsPage />
          </RequireRole>
        ),
      },
      {
        path: 'alerts',
        element: (
          <RequireRole roles={COUNTRY_READERS}>
            <AlertsPage />
          </RequireRole>
        ),
      },
      {
        path: 'targets',
        element: (
          <RequireRole roles={['CHAIR', 'DEPUTY_CHAIR']}>
            <TargetImportPage />
          </RequireRole>
        ),
      },
      {
        path: 'report-schedules',
        element: (
          <RequireRole roles={REPORT_SCHEDULERS}>
            <ReportSchedulesPage />
          </RequireRole>
        ),
      },
      {
        path: 'regions/:regionCode/*',
        element: (
          <RegionGuard>
            <WorkspacePage />
          </RegionGuard>
        ),
      },
      {
        path: 'body/*',
        element: (
          <RequireRole roles={['CENTRAL_BODY_OFFICER']}>
            <BodyRoute />
          </RequireRole>
        ),
      },
      {
        path: 'users',
        element: (
          <RequireRole roles={['ADMINISTRATOR']}>
            <UsersPage />
          </RequireRole>
        ),
      },
      { path: 'home', element: <Navigate to="/" replace /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
