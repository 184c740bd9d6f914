import { readFileSync, statSync } from 'node:fs';
import { extname } from 'node:path';
import type { FastifyPluginAsync } from 'fastify';

/** The body the product serves, as configured (INSTITUTION_* in docs/operations.md). */
export interface Institution {
  readonly name: { readonly ru: string; readonly kk: string; readonly en: string };
  /** A logo elsewhere (an absolute or same-origin address). */
  readonly logoUrl?: string | undefined;
  /** A logo file the service serves itself at /api/institution/logo. */
  readonly logoPath?: string | undefined;
}

export const LOGO_ROUTE = '/api/institution/logo';

// A header logo is a few kilobytes; a larger file is a mistake worth naming at start.
const MAX_LOGO_BYTES = 512 * 1024;

const LOGO_TYPES: Record<string, string> = {
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
};

const readLogo = (path: string): { bytes: Buffer; type: string } => {
  const type = LOGO_TYPES[extname(path).toLowerCase()];
  if (!type) throw new Error(`INSTITUTION_LOGO_PATH: ${path} is not an .svg, .png, .jpg or .webp file`);
  let size: number;
  try {
    size = statSync(path).size;
  } catch {
    throw new Error(`INSTITUTION_LOGO_PATH: ${path} cannot be read`);
  }
  if (size > MAX_LOGO_BYTES) throw new Error(`INSTITUTION_LOGO_PATH: ${path} is larger than 512 KB`);
  return { bytes: readFileSync(path), type };
};

/**
 * `GET /api/institution`: the institution's name in each language and its logo's address, for the
 * header, the sign-in page and the page title. Public: the sign-in page shows it before anyone
 * signs in. A logo file is read once at start, so a missing file stops the start, not a page.
 */
export const institutionRoutes: FastifyPluginAsync<{ institution: Institution }> = async (app, options) => {
  const { name, logoUrl, logoPath } = options.institution;
  const logo = logoPath ? readLogo(logoPath) : null;
  const answer = { name, logoUrl: logo ? LOGO_ROUTE : (logoUrl ?? null) };

  app.get('/api/institution', async (_request, reply) => {
    reply.header('cache-control', 'no-cache');
    return answer;
  });

  if (logo) {
    app.get(LOGO_ROUTE, async (_request, reply) =>
      reply
        .header('cache-control', 'public, max-age=3600')
        .header('x-content-type-options', 'nosniff')
        // An SVG may carry script: served as an image, never as a document that runs it.
        .header('content-security-policy', "default-src 'none'; style-src 'unsafe-inline'")
        .type(logo.type)
        .send(logo.bytes),
    );
  }
};

export const institutionOf = (env: {
  readonly INSTITUTION_NAME_RU: string;
  readonly INSTITUTION_NAME_KK: string;
  readonly INSTITUTION_NAME_EN: string;
  readonly INSTITUTION_LOGO_URL?: string | undefined;
  readonly INSTITUTION_LOGO_PATH?: string | undefined;
}): Institution => ({
  name: { ru: env.INSTITUTION_NAME_RU, kk: env.INSTITUTION_NAME_KK, en: env.INSTITUTION_NAME_EN },
  logoUrl: env.INSTITUTION_LOGO_URL,
  logoPath: env.INSTITUTION_LOGO_PATH,
});
