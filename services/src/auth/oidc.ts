import { centralBodyCode, centralBodyMatchesRole, isRegionCode, regionMatchesRole } from '@kpi/schema';
import { createRemoteJWKSet, errors, type JWTPayload, type JWTVerifyGetKey, jwtVerify } from 'jose';
import { ROLES, type Role, type Viewer } from '../identity/viewer.ts';

export interface OidcOptions {
  readonly issuer: string;
  readonly audience: string;
  readonly jwksUrl: string;
  /** The claim holding one of the roles (CHAIR, DEPUTY_CHAIR, ANALYST, REGIONAL_OFFICER, CENTRAL_BODY_OFFICER, ADMINISTRATOR). */
  readonly roleClaim?: string;
  /** The claim holding an officer's ISO 3166-2:KZ region code. */
  readonly regionClaim?: string;
  /** The claim holding a central body's officer's body, by the catalogue's code (`MIN-HEALTH`). */
  readonly centralBodyClaim?: string;
}

// Asymmetric algorithms only: an HS256 token is one of ours, never the provider's.
const ALGORITHMS = ['RS256', 'RS384', 'RS512', 'PS256', 'PS384', 'PS512', 'ES256', 'ES384', 'ES512', 'EdDSA'];

const claim = (payload: JWTPayload, name: string): unknown => payload[name];

/**
 * Trusts bearer tokens of an external OpenID Connect provider, checked against its JWKS (fetched
 * and cached by jose, refreshed when an unknown key id appears). The role and region come from
 * claims; a token whose role or region is missing or invalid signs nobody in.
 */
export const createOidcVerifier = (
  options: OidcOptions,
  keys: JWTVerifyGetKey = createRemoteJWKSet(new URL(options.jwksUrl)),
) => {
  // Without an audience any token the provider issued to any application would be accepted.
  if (!options.audience) throw new Error('OIDC needs an audience (OIDC_AUDIENCE)');
  const roleClaim = options.roleClaim ?? 'kpi_role';
  const regionClaim = options.regionClaim ?? 'kpi_region';
  const centralBodyClaim = options.centralBodyClaim ?? 'kpi_central_body';
  return async (token: string, now: Date): Promise<Viewer | null> => {
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(token, keys, {
        issuer: options.issuer,
        audience: options.audience,
        algorithms: ALGORITHMS,
        currentDate: now,
        requiredClaims: ['sub', 'exp'],
      }));
    } catch (error) {
      if (error instanceof errors.JOSEError) return null;
      throw error;
    }
    const role = claim(payload, roleClaim);
    if (typeof role !== 'string' || !(ROLES as readonly string[]).includes(role)) return null;
    const claimed = claim(payload, regionClaim) ?? null;
    const region = typeof claimed === 'string' && isRegionCode(claimed) ? claimed : null;
    if (region !== claimed) return null; // a region claim that names no region
    // An officer without a region, or a country-wide role with one, is a misconfigured mapping:
    // refuse rather than guess (the same rule the account events hold).
    if (!regionMatchesRole({ role: role as Role, region })) return null;
    // The same for a central body's officer and their body: one of the catalogue's form, or none.
    const bodyClaimed = claim(payload, centralBodyClaim) ?? null;
    const centralBody = bodyClaimed === null ? null : centralBodyCode.safeParse(bodyClaimed).data;
    if (centralBody === undefined) return null; // a body claim that is no body's code
    if (!centralBodyMatchesRole({ role: role as Role, centralBody })) return null;
    const username = claim(payload, 'preferred_username');
    const name = claim(payload, 'name');
    return {
      userId: `oidc:${payload.sub}`,
      username: typeof username === 'string' ? username : payload.sub!,
      displayName: typeof name === 'string' ? name : payload.sub!,
      role: role as Role,
      region,
      centralBody,
    };
  };
};
