import type { HeldSession, SignInOutcome } from '../auth/auth.ts';
import type { Viewer } from '../identity/viewer.ts';
import type { AppServices } from './services.ts';

/** Sign-in and sign-out act on the HTTP exchange (the session cookie), so the server lends them. */
export interface SessionControls {
  signIn(username: string, password: string): Promise<SignInOutcome>;
  /** The session whose token the request carries (ended or not), if it is one of ours and unexpired. */
  heldSession(): Promise<HeldSession | null>;
  /** Ends the held session; `submissionId` makes a retry answer `replayed: true`. */
  signOut(submissionId?: string): Promise<{ readonly replayed: boolean }>;
}

/** What every resolver sees: the caller, the request's correlation id, and the running services. */
export interface ApiContext {
  readonly viewer: Viewer | null;
  readonly correlationId: string;
  readonly services: AppServices;
  /** Absent when operations run in-process, outside an HTTP request. */
  readonly session?: SessionControls;
}
