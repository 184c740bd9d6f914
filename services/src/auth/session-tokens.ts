import { randomUUID } from 'node:crypto';
import { errors, jwtVerify, SignJWT } from 'jose';

const ISSUER = 'kpi-causes-removed';
const AUDIENCE = 'kpi-session';
export const SESSION_COOKIE = 'kpi_session';
export const DEFAULT_SESSION_TTL_SECONDS = 8 * 60 * 60;
/** Tokens whose signature and claims were verified, kept by token text (each is a few hundred bytes). */
const VERIFIED_TOKENS_KEPT = 10_000;

export interface SessionClaims {
  readonly userId: string;
  readonly tokenId: string;
  /** Issue time in milliseconds: compared with the account's last password change. */
  readonly issuedAtMs: number;
  readonly expiresAtMs: number;
}

/**
 * Short-lived HS256 tokens that name only the user: role and region are read from the users
 * read model on every request, so a grant or a deactivation takes effect at once. Sign-out is
 * not kept here: it is an event in the log (`UserSignedOut`), which every replica reads.
 */
export class SessionTokens {
  readonly #key: Uint8Array;
  readonly #ttlSeconds: number;
  /**
   * Claims of tokens already verified, by the token's exact text. Verifying an HS256 token (key
   * import and HMAC through WebCrypto) was the largest cost of a cached query; a token's
   * signature and claims never change, so only expiry and revocation are checked again.
   */
  readonly #verified = new Map<string, SessionClaims>();

  constructor(secret: string, ttlSeconds = DEFAULT_SESSION_TTL_SECONDS) {
    this.#key = new TextEncoder().encode(secret);
    this.#ttlSeconds = ttlSeconds;
  }

  get ttlSeconds(): number {
    return this.#ttlSeconds;
  }

  async issue(userId: string, now: Date): Promise<{ token: string; claims: SessionClaims }> {
    const issuedAtMs = now.getTime();
    const expiresAtMs = issuedAtMs + this.#ttlSeconds * 1000;
    const tokenId = randomUUID();
    const token = await new SignJWT({ ims: issuedAtMs })
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
      .setIssuer(ISSUER)
      .setAudience(AUDIENCE)
      .setSubject(userId)
      .setJti(tokenId)
      .setIssuedAt(Math.floor(issuedAtMs / 1000))
      .setExpirationTime(Math.floor(expiresAtMs / 1000))
      .sign(this.#key);
    return { token, claims: { userId, tokenId, issuedAtMs, expiresAtMs } };
  }

  /** The claims of a validly signed, unexpired token; null otherwise. */
  async verify(token: string, now: Date): Promise<SessionClaims | null> {
    const known = this.#verified.get(token) ?? (await this.#verifySignature(token, now));
    if (!known) return null;
    // As jose decides: valid while the current second is before `exp`.
    if (now.getTime() >= known.expiresAtMs) {
      this.#verified.delete(token);
      return null;
    }
    return known;
  }

  async #verifySignature(token: string, now: Date): Promise<SessionClaims | null> {
    try {
      const { payload } = await jwtVerify(token, this.#key, {
        algorithms: ['HS256'],
        issuer: ISSUER,
        audience: AUDIENCE,
        currentDate: now,
      });
      if (
        typeof payload.sub !== 'string' ||
        typeof payload.jti !== 'string' ||
        typeof payload.exp !== 'number'
      ) {
        return null;
      }
      const issuedAtMs = typeof payload.ims === 'number' ? payload.ims : (payload.iat ?? 0) * 1000;
      const claims = Object.freeze({
        userId: payload.sub,
        tokenId: payload.jti,
        issuedAtMs,
        expiresAtMs: payload.exp * 1000,
      });
      if (this.#verified.size >= VERIFIED_TOKENS_KEPT) this.#verified.clear();
      this.#verified.set(token, claims);
      return claims;
    } catch (error) {
      if (error instanceof errors.JOSEError) return null;
      throw error;
    }
  }
}
