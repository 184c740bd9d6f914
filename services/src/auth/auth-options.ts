import type { AuthOptions } from './auth.ts';
import { resolveSessionSecret } from './session-secret.ts';

/** The configuration variables authentication reads (as `services/src/env.ts` parses them). */
export interface AuthEnvironment {
  readonly DATA_DIR: string;
  readonly SESSION_SECRET?: string | undefined;
  readonly OIDC_ISSUER?: string | undefined;
  readonly OIDC_AUDIENCE?: string | undefined;
  readonly OIDC_JWKS_URL?: string | undefined;
  readonly OIDC_ROLE_CLAIM?: string | undefined;
  readonly OIDC_REGION_CLAIM?: string | undefined;
  readonly OIDC_CENTRAL_BODY_CLAIM?: string | undefined;
}

/**
 * `buildApp({ auth })` from the environment: the session secret (generated once into the data
 * directory when `SESSION_SECRET` is unset) and, when `OIDC_ISSUER` is set, the provider to trust.
 * The audience is required with an issuer: without it any token the provider issued to any
 * application would be accepted.
 */
export const authOptionsFrom = (env: AuthEnvironment): AuthOptions => {
  const sessionSecret = resolveSessionSecret(env.SESSION_SECRET, env.DATA_DIR);
  if (!env.OIDC_ISSUER) return { sessionSecret };
  if (!env.OIDC_AUDIENCE || !env.OIDC_JWKS_URL) {
    throw new Error('OIDC_ISSUER needs OIDC_AUDIENCE and OIDC_JWKS_URL');
  }
  return {
    sessionSecret,
    oidc: {
      issuer: env.OIDC_ISSUER,
      audience: env.OIDC_AUDIENCE,
      jwksUrl: env.OIDC_JWKS_URL,
      roleClaim: env.OIDC_ROLE_CLAIM,
      regionClaim: env.OIDC_REGION_CLAIM,
      centralBodyClaim: env.OIDC_CENTRAL_BODY_CLAIM,
    },
  };
};
