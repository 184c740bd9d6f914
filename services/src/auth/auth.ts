import type { UserRecord } from '@kpi/projections';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { JWTVerifyGetKey } from 'jose';
import type { Accounts } from '../accounts/accounts.ts';
import { decoyHash, verifyPassword } from '../accounts/password.ts';
import type { Viewer } from '../identity/viewer.ts';
import { createOidcVerifier, type OidcOptions } from './oidc.ts';
import { FixedWindowLimiter } from './rate-limiter.ts';
import { SESSION_COOKIE, type SessionClaims, SessionTokens } from './session-tokens.ts';

export interface AuthOptions {
  /** `SESSION_SECRET`, or `resolveSessionSecret(undefined, dataDir)` in demo and development. */
  readonly sessionSecret: string;
  readonly sessionTtlSeconds?: number;
  /** Set when `OIDC_ISSUER` is configured: bearer tokens of that provider are trusted too. */
  readonly oidc?: OidcOptions | null;
  /** Replaces the remote JWKS (tests serve their own keys). */
  readonly oidcKeys?: JWTVerifyGetKey;
  /** Sign-in attempts allowed per username and address, and per address, in a window (successes are given back). */
  readonly signInLimits?: {
    readonly perUser: number;
    readonly perAddress: number;
    readonly windowMs: number;
  };
  /** Secure cookies: 'auto' sets the flag when the request arrived over HTTPS. */
  readonly cookieSecure?: boolean | 'auto';
}

export type SignInOutcome =
  | { readonly ok: true; readonly token: string; readonly expiresAt: Date; readonly user: UserRecord }
  | { readonly ok: false; readonly reason: 'INVALID_CREDENTIALS' }
  | { readonly ok: false; readonly reason: 'TOO_MANY_ATTEMPTS'; readonly retryAfterSeconds: number };

// Only failures stay counted (a success gives its attempt back): an office behind one address
// signs many people in; a guessing run fails a lot.
const DEFAULT_LIMITS = { perUser: 5, perAddress: 100, windowMs: 15 * 60_000 };

export const viewerOf = (user: UserRecord): Viewer => ({
  userId: user.userId,
  username: user.username,
  displayName: user.displayName,
  role: user.role,
  region: user.region,
  centralBody: user.centralBody,
});

const bearer = (request: FastifyRequest): string | null => {
  const header = request.headers.authorization;
  const match = typeof header === 'string' ? /^Bearer\s+(\S+)$/i.exec(header) : null;
  return match?.[1] ?? null;
};

/** What authentication reads of the running app: the time, and the accounts when they run. */
export interface AuthServices {
  readonly clock: () => Date;
  readonly accounts?: Accounts | undefined;
  /** Where password sign-ins are counted: `signed_in`, `refused` (checked, wrong) or `limited` (not checked). */
  readonly metrics?: { observeSignIn?(outcome: 'signed_in' | 'refused' | 'limited'): void } | undefined;
}

/**
 * Who is calling: a session token (the httpOnly cookie the dashboard holds, or the same token
 * as `Authorization: Bearer` for regional integrations), or a bearer token of the configured
 * OpenID Connect provider. Anything else is anonymous.
 */
export class Auth {
  readonly #services: AuthServices;
  readonly #tokens: SessionTokens;
  readonly #oidc: ((token: string, now: Date) => Promise<Viewer | null>) | null;
  readonly #perUser: FixedWindowLimiter;
  readonly #perAddress: FixedWindowLimiter;
  readonly #cookieSecure: boolean | 'auto';

  constructor(services: AuthServices, options: AuthOptions) {
    this.#services = services;
    this.#tokens = new SessionTokens(options.sessionSecret, options.sessionTtlSeconds);
    this.#oidc = options.oidc ? createOidcVerifier(options.oidc, options.oidcKeys) : null;
    const limits = options.signInLimits ?? DEFAULT_LIMITS;
    this.#perUser = new FixedWindowLimiter(limits.perUser, limits.windowMs);
    this.#perAddress = new FixedWindowLimiter(limits.perAddress, limits.windowMs);
    this.#cookieSecure = options.cookieSecure ?? 'auto';
  }

  readonly authenticate = async (request: FastifyRequest): Promise<Viewer | null> => {
    const token = bearer(request) ?? request.cookies?.[SESSION_COOKIE] ?? null;
    if (!token) return null;
    const now = this.#services.clock();
    if (isSessionToken(token)) {
      const claims = await this.#tokens.verify(token, now);
      const user = claims ? this.#liveUser(claims) : null;
      return user ? viewerOf(user) : null;
    }
    return this.#oidc ? this.#oidc(token, now) : null;
  };

  /** Sign-out, deactivation and password change are all events, so every replica refuses alike. */
  #liveUser(claims: SessionClaims): UserRecord | null {
    const users = this.#services.accounts?.users;
    const user = users?.byId(claims.userId);
    if (!user?.active || users?.sessionRevoked(claims.tokenId)) return null;
    if (user.credentialsChangedAt && Date.parse(user.credentialsChangedAt) > claims.issuedAtMs) return null;
    return user;
  }

  /**
   * Both attempts (this username from this address, and this address) are counted before the
   * slow hash and given back only on success, so a burst sent at once is checked at most `perUser`
   * times. Inside a full window even the right password is not checked: it gets the same answer
   * as a wrong one, and a success never clears the failures counted beside it.
   */
  async signIn(username: string, password: string, address: string): Promise<SignInOutcome> {
    const now = this.#services.clock().getTime();
    const userKey = `${username.trim().toLowerCase()}|${address}`;
    const observe = (outcome: 'signed_in' | 'refused' | 'limited') =>
      this.#services.metrics?.observeSignIn?.(outcome);
    const perUser = this.#perUser.reserve(userKey, now);
    if (!perUser.ok) {
      observe('limited');
      return tooMany(perUser.retryAfterMs);
    }
    const perAddress = this.#perAddress.reserve(address, now);
    if (!perAddress.ok) {
      perUser.reservation.release();
      observe('limited');
      return tooMany(perAddress.retryAfterMs);
    }
    const user = this.#services.accounts?.users.byUsername(username);
    // Verify even when there is no such user, so timing does not tell which usernames exist.
    const valid = await verifyPassword(password, user?.passwordHash ?? (await decoyHash()));
    if (!user?.active || !user.passwordHash || !valid) {
      observe('refused');
      return { ok: false, reason: 'INVALID_CREDENTIALS' };
    }
    perUser.reservation.release();
    perAddress.reservation.release();
    observe('signed_in');
    const { token, claims } = await this.#tokens.issue(user.userId, new Date(now));
    return { ok: true, token, expiresAt: new Date(claims.expiresAtMs), user };
  }

  setSessionCookie(request: FastifyRequest, reply: FastifyReply, token: string, expiresAt: Date): void {
    reply.setCookie(SESSION_COOKIE, token, {
      httpOnly: true,
      sameSite: 'strict',
      path: '/',
      secure: this.#cookieSecure === 'auto' ? request.protocol === 'https' : this.#cookieSecure,
      expires: expiresAt,
    });
  }

  /** The session the request's token names, ended or not; null without a valid token of ours. */
  async heldSession(request: FastifyRequest): Promise<HeldSession | null> {
    const token = bearer(request) ?? request.cookies?.[SESSION_COOKIE];
    if (!token || !isSessionToken(token)) return null;
    const claims = await this.#tokens.verify(token, this.#services.clock());
    return claims
      ? { userId: claims.userId, sessionId: claims.tokenId, expiresAt: new Date(claims.expiresAtMs) }
      : null;
  }

  /**
   * Recorded in the log before answering: the token is refused here at once, elsewhere as they
   * tail the log. The session ended is the one the request's token names.
   */
  async signOut(
    request: FastifyRequest,
    reply: FastifyReply,
    submissionId?: string,
  ): Promise<{ readonly replayed: boolean }> {
    const held = await this.heldSession(request);
    let replayed = false;
    // The caller was let in by the policy's `canSignOut`; only a session of ours is recorded ended.
    if (held && this.#services.accounts) {
      ({ replayed } = await this.#services.accounts.signOut(held, {
        userId: held.userId,
        correlationId: request.id,
        channel: 'api',
        ...(submissionId === undefined ? {} : { submissionId }),
      }));
    }
    reply.clearCookie(SESSION_COOKIE, { path: '/' });
    return { replayed };
  }
}

/** A session of ours as its token names it. */
export interface HeldSession {
  readonly userId: string;
  readonly sessionId: string;
  readonly expiresAt: Date;
}

const tooMany = (retryAfterMs: number): SignInOutcome => ({
  ok: false,
  reason: 'TOO_MANY_ATTEMPTS',
  retryAfterSeconds: Math.ceil(retryAfterMs / 1000),
});

/** Our tokens are HS256; the provider's are signed with a key pair. */
const isSessionToken = (token: string): boolean => {
  try {
    const header = JSON.parse(Buffer.from(token.split('.')[0] ?? '', 'base64url').toString('utf8'));
    return header?.alg === 'HS256';
  } catch {
    return false;
  }
};
