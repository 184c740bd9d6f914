import type { ReactNode } from 'react';
import { Navigate, useLocation, useParams } from 'react-router';
import { ForbiddenPage } from '@/components/forbidden-page.tsx';
import { PageProgress } from '@/components/page-progress.tsx';
import { SessionErrorPage } from '@/components/session-error-page.tsx';
import { mayOpenWorkspace } from '@/lib/session/home-path.ts';
import type { Role } from '@/lib/session/me.ts';
import { useSession, useViewer } from '@/lib/session/session.tsx';

/** Screens past sign-in: an anonymous visitor is sent to sign in and brought back afterwards. */
export const RequireSignIn = ({ children }: { children: ReactNode }) => {
  const { viewer, error, reload } = useSession();
  const location = useLocation();
  if (viewer === undefined) return <PageProgress />;
  if (error) {
    return <SessionErrorPage error={error} onRetry={reload} />;
  }
  if (viewer === null) {
    const back = `${location.pathname}${location.search}`;
    return <Navigate to={`/sign-in?next=${encodeURIComponent(back)}`} replace />;
  }
  return children;
};

/** The interface hides what a role may not do; the server refuses it anyway. */
export const RequireRole = ({ roles, children }: { roles: readonly Role[]; children: ReactNode }) => {
  const viewer = useViewer();
  return roles.includes(viewer.role) ? children : <ForbiddenPage />;
};

/** A regional workspace opens only for an officer of that region; any other region is forbidden. */
export const RegionGuard = ({ children }: { children: ReactNode }) => {
  const viewer = useViewer();
  const { regionCode = '' } = useParams();
  if (mayOpenWorkspace(viewer, regionCode)) return children;
  return <ForbiddenPage requestedRegion={regionCode} />;
};
