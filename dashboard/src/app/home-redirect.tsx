import { Navigate } from 'react-router';
import { homePath } from '@/lib/session/home-path.ts';
import { useViewer } from '@/lib/session/session.tsx';

/** Each role lands where its work is. */
export const HomeRedirect = () => <Navigate to={homePath(useViewer())} replace />;
