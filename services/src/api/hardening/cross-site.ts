import type { FastifyInstance, FastifyRequest } from 'fastify';

const STATE_CHANGING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * Why a state-changing request may be a forgery, or null when it is not. A page on another site can
 * make the browser send a form (multipart, urlencoded or text/plain: no preflight) with the
 * session cookie attached; SameSite=Strict is the only other thing in the way, and it does not
 * hold for a sibling subdomain or an older browser. The browser names the initiator: Sec-Fetch-Site
 * in every current browser, Origin on every cross-origin POST. A request naming neither comes from
 * a non-browser client (the command line, an integrator's script), which no page can drive.
 */
export const crossSiteRefusal = (
  request: FastifyRequest,
  allowedOrigins: ReadonlySet<string>,
): string | null => {
  if (!STATE_CHANGING.has(request.method)) return null;
  // A bearer token is sent by code that holds it, never attached by the browser on its own; a page
  // on another origin cannot add the header without a CORS preflight, which the allow-list refuses.
  if (typeof request.headers.authorization === 'string' && /^Bearer\s/i.test(request.headers.authorization))
    return null;
  const origin = request.headers.origin;
  if (origin !== undefined && allowedOrigins.has(origin)) return null;
  const site = request.headers['sec-fetch-site'];
  if (typeof site === 'string') {
    // 'none': typed or bookmarked by the user; 'same-site' is a sibling subdomain, not this origin.
    return site === 'same-origin' || site === 'none' ? null : `a ${site} request`;
  }
  if (origin === undefined) return null;
  const own = `${request.protocol}://${request.host}`;
  return origin === own ? null : `a request from ${origin}`;
};

/**
 * Refuses forged state-changing requests on every HTTP route: /import, and /graphql too, because
 * graphql-yoga also reads form-urlencoded and multipart POSTs, which a cross-site form sends
 * without a preflight. Runs before authentication, so a refused request reads no body and
 * changes nothing.
 */
export const registerCrossSiteGuard = (app: FastifyInstance, allowedOrigins: readonly string[]): void => {
  const allowed = new Set(allowedOrigins.map((o) => o.replace(/\/$/, '')));
  app.addHook('onRequest', async (request, reply) => {
    const refusal = crossSiteRefusal(request, allowed);
    if (refusal === null) return;
    return reply.status(403).send({
      error: 'Forbidden',
      message: `cross-site request refused: ${refusal}; send it from this site or with a bearer token`,
    });
  });
};
