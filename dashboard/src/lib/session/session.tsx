import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { ApiError } from '../graphql/api-error.ts';
import { request } from '../graphql/client.ts';
import { peekAnswered, preloadQuery, takePreloaded } from '../graphql/preload.ts';
import { useSubmissionId } from '../graphql/use-submission-id.ts';
import { MeQuery, type Viewer } from './me.ts';
import { SignInMutation } from './sign-in.ts';
import { SignOutMutation } from './sign-out.ts';

export type SignInOutcome =
  | { readonly ok: true; readonly viewer: Viewer }
  | {
      readonly ok: false;
      readonly reason: 'INVALID_CREDENTIALS' | 'TOO_MANY_ATTEMPTS';
      readonly retryAfterSeconds: number | null;
    };

export interface Session {
  /** undefined while the server is being asked; null when nobody is signed in. */
  readonly viewer: Viewer | null | undefined;
  /** Set when the server could not be asked at all (as opposed to: nobody signed in). */
  readonly error: ApiError | null;
  readonly signIn: (username: string, password: string) => Promise<SignInOutcome>;
  readonly signOut: () => Promise<void>;
  readonly reload: () => void;
}

/** Asks who is signed in at once, while React renders the first frame (not after it). */
export const preloadSession = () => preloadQuery(MeQuery, {});

const SessionContext = createContext<Session | null>(null);

/** The signed-in caller for the whole app; the session itself is an httpOnly cookie the server sets. */
export const SessionProvider = ({ children }: { children: ReactNode }) => {
  // Who is signed in, drawn at once when the early question was answered before the app ran.
  const [early] = useState(() => peekAnswered(MeQuery, '{}'));
  const [viewer, setViewer] = useState<Viewer | null | undefined>(early?.value.me);
  const [error, setError] = useState<ApiError | null>(null);
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    const preloaded = generation === 0 ? takePreloaded(MeQuery, '{}') : undefined;
    // Already drawn from the early answer (taken just above, so that nobody reads it again).
    if (generation === 0 && early) return;
    let cancelled = false;
    (preloaded ?? request(MeQuery, {}))
      .then((data) => {
        if (cancelled) return;
        setViewer(data.me);
        setError(null);
      })
      .catch((cause: unknown) => {
        if (cancelled) return;
        if (cause instanceof ApiError && (cause.kind === 'unauthenticated' || cause.kind === 'forbidden')) {
          setViewer(null);
          setError(null);
        } else {
          setError(cause instanceof ApiError ? cause : new ApiError('network', String(cause), null, true));
          setViewer(null);
        }
      });
    return () => {
      cancelled = true;
    };
  }, [generation, early]);

  const signIn = useCallback(async (username: string, password: string): Promise<SignInOutcome> => {
    const { signIn: result } = await request(SignInMutation, { username, password });
    if (result.__typename === 'SignedIn') {
      setViewer(result.user);
      setError(null);
      return { ok: true, viewer: result.user };
    }
    return { ok: false, reason: result.reason, retryAfterSeconds: result.retryAfterSeconds ?? null };
  }, []);

  // One id per press of "sign out": a retry after a lost answer ends the session once.
  const { current: signOutId, renew: renewSignOutId } = useSubmissionId();
  const signOut = useCallback(async () => {
    try {
      await request(SignOutMutation, { submissionId: signOutId() });
      renewSignOutId();
    } finally {
      setViewer(null);
    }
  }, [signOutId, renewSignOutId]);

  const reload = useCallback(() => setGeneration((g) => g + 1), []);
  const value = useMemo(
    () => ({ viewer, error, signIn, signOut, reload }),
    [viewer, error, signIn, signOut, reload],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
};

export const useSession = (): Session => {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession outside SessionProvider');
  return value;
};

/** For screens behind the guard: the viewer is known to be signed in there. */
export const useViewer = (): Viewer => {
  const { viewer } = useSession();
  if (!viewer) throw new Error('useViewer on a screen outside the sign-in guard');
  return viewer;
};
