import { lazy } from 'react';
import { useViewer } from '@/lib/session/session.tsx';

const BodyPage = lazy(() => import('@/features/overview/components/body-page.tsx'));
const BodyWorkspace = lazy(() => import('@/features/workspace/components/body-workspace.tsx'));

/** A central body's officer's page: their body's figures, and the forms that submit for the body. */
export const BodyRoute = () => {
  const { centralBody } = useViewer();
  if (!centralBody) return <BodyPage />;
  return <BodyWorkspace centralBody={centralBody} figures={<BodyPage />} />;
};
