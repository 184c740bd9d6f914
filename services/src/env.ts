import { resolve } from 'node:path';
import { z } from 'zod';

/**
 * The service's configuration, parsed once from the environment. Every variable has an embedded
 * default so that `pnpm start` runs with none set; all problems are reported together.
 * docs/operations.md documents each one.
 */
const repoRoot = resolve(import.meta.dirname, '../..');

const list = z.string().transform((s) =>
  s
    .split(',')
    .map((x) => x.trim())
    .filter(Boolean),
);

const flag = z
  .enum(['true', 'false'])
  .default('false')
  .transform((v) => v === 'true');

const EnvSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  HOST: z.string().min(1).default('127.0.0.1'),
  DATA_DIR: z.string().min(1).default(resolve(repoRoot, 'data')),
  SQLITE_PATH: z.string().min(1).optional(),
  EVENTSTORE_CONNECTION_STRING: z.string().min(1).optional(),
  DEMO_DATA: z.enum(['auto', 'off']).default('auto'),
  DEMO_SIZE: z.coerce.number().int().min(0).max(1_000_000).default(4000),
  DEMO_SEED: z.coerce.number().int().default(20260101),
  DEMO_PASSWORD: z.string().min(12, { error: 'must be at least 12 characters' }).default('demo-password'),
  SESSION_SECRET: z.string().min(32, { error: 'must be at least 32 characters' }).optional(),
  ADMIN_USERNAME: z.string().min(3).optional(),
  ADMIN_PASSWORD: z.string().min(12, { error: 'must be at least 12 characters' }).optional(),
  OIDC_ISSUER: z.url().optional(),
  OIDC_AUDIENCE: z.string().min(1).optional(),
  OIDC_JWKS_URL: z.url().optional(),
  OIDC_ROLE_CLAIM: z.string().min(1).default('kpi_role'),
  OIDC_REGION_CLAIM: z.string().min(1).default('kpi_region'),
  OIDC_CENTRAL_BODY_CLAIM: z.string().min(1).default('kpi_central_body'),
  CORS_ORIGINS: list.default([]),
  METRICS_TOKEN: z.string().min(16, { error: 'must be at least 16 characters' }).optional(),
  METRICS_PUBLIC: flag,
  GRAPHQL_INTROSPECTION: flag,
  TRUST_PROXY: flag,
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  // The upload limits (import/limits.ts, docs/import.md); a test keeps these equal to its defaults.
  IMPORT_MAX_FILE_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .default(64 * 1024 * 1024),
  IMPORT_MAX_UNZIPPED_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .default(256 * 1024 * 1024),
  IMPORT_MAX_ROWS: z.coerce.number().int().min(1).default(100_000),
  IMPORT_MAX_COLUMNS: z.coerce.number().int().min(8).default(64),
  DASHBOARD_DIST: z.string().min(1).default(resolve(repoRoot, 'dashboard/dist')),
  // Alerts (docs/alerts.md): e-mail by SMTP, signed webhooks, and links back to the dashboard.
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, { error: 'must be an smtp:// or smtps:// URL' })
    .optional(),
  ALERT_MAIL_FROM: z.string().min(3).default('KPI alerts <alerts@localhost>'),
  ALERT_WEBHOOK_SECRET: z.string().min(16, { error: 'must be at least 16 characters' }).optional(),
  PUBLIC_URL: z.url({ error: 'must be the dashboard’s address, e.g. https://kpi.agency.kz' }).optional(),
  ALERT_RETRY_BASE_MS: z.coerce.number().int().min(100).default(5_000),
  ALERT_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(20).default(6),
  // Scheduled review reports (docs/reports.md, "Schedules"): how often due ones are looked for.
  SCHEDULED_REPORT_CHECK_MS: z.coerce.number().int().min(100).max(3_600_000).default(30_000),
  // The public page (docs/public.md): off unless asked for, and always some days behind the log.
  PUBLIC_PAGE_ENABLED: flag,
  PUBLIC_DELAY_DAYS: z.coerce.number().int().min(0).max(365).default(30),
  PUBLIC_DATA_LICENCE: z.string().min(1).default('CC BY 4.0'),
  PUBLIC_REQUESTS_PER_MINUTE: z.coerce.number().int().min(1).max(10_000).default(60),
  // The body the product serves: its name has changed before, so it is configuration, not code.
  INSTITUTION_NAME_RU: z
    .string()
    .min(1)
    .default('Агентство Республики Казахстан по противодействию коррупции'),
  INSTITUTION_NAME_KK: z
    .string()
    .min(1)
    .default('Қазақстан Республикасының Сыбайлас жемқорлыққа қарсы іс-қимыл агенттігі'),
  INSTITUTION_NAME_EN: z.string().min(1).default('Anti-Corruption Agency of the Republic of Kazakhstan'),
  INSTITUTION_LOGO_URL: z.string().min(1).optional(),
  INSTITUTION_LOGO_PATH: z
    .string()
    .regex(/\.(svg|png|jpe?g|webp)$/i, { error: 'must name an .svg, .png, .jpg or .webp file' })
    .optional(),
});

export type Env = z.infer<typeof EnvSchema> & { readonly SQLITE_PATH: string };

export class EnvError extends Error {
  constructor(problems: readonly string[]) {
    super(`invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'EnvError';
  }
}

export const parseEnv = (source: NodeJS.ProcessEnv = process.env): Env => {
  const present = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v !== ''));
  const result = EnvSchema.safeParse(present);
  if (!result.success) {
    throw new EnvError(result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`));
  }
  const env = result.data;
  const problems: string[] = [];
  if (env.OIDC_ISSUER && !env.OIDC_JWKS_URL)
    problems.push('OIDC_JWKS_URL: is required when OIDC_ISSUER is set');
  if ((env.ADMIN_USERNAME === undefined) !== (env.ADMIN_PASSWORD === undefined)) {
    problems.push('ADMIN_USERNAME and ADMIN_PASSWORD: set both or neither');
  }
  if (env.INSTITUTION_LOGO_URL && env.INSTITUTION_LOGO_PATH)
    problems.push('INSTITUTION_LOGO_URL and INSTITUTION_LOGO_PATH: set one or neither');
  if (problems.length > 0) throw new EnvError(problems);
  return { ...env, SQLITE_PATH: env.SQLITE_PATH ?? resolve(env.DATA_DIR, 'events.sqlite') };
};
