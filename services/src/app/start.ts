import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { join } from 'node:path';
import type { RegionCode } from '@kpi/schema';
import type { FastifyInstance } from 'fastify';
import { Accounts } from '../accounts/accounts.ts';
import { DEMO_ACCOUNTS, ensureDemoAccounts, ensureFirstAdministrator } from '../accounts/bootstrap.ts';
import { Alerts } from '../alerts/alerts.ts';
import { buildApp } from '../api/build-app.ts';
import type { AppServices } from '../api/services.ts';
import { authOptionsFrom } from '../auth/auth-options.ts';
import { centralBodyKnownIn } from '../catalogue/central-bodies.ts';
import { restoreUnits, warmUnits } from '../commands/warm-units.ts';
import { demoChair, demoOfficer, ensureDemoData } from '../demo/write-demo-data.ts';
import type { Env } from '../env.ts';
import { parseEnv } from '../env.ts';
import { healthRoutes } from '../health/health-routes.ts';
import type { Submitter } from '../identity/viewer.ts';
import { ImportJobs } from '../import/import-jobs.ts';
import { importLimitsOf } from '../import/limits.ts';
import { smtpMailer } from '../notify/mailer.ts';
import { loggerOptions } from '../ops/logging/logger-options.ts';
import { instrumentStore } from '../ops/metrics/instrument-store.ts';
import { createOpsMetrics } from '../ops/metrics/ops-metrics.ts';
import { layoutProblem } from '../ops/migration/unit-layout.ts';
import { registerPublicPage } from '../public/public-routes.ts';
import { ScheduledReports } from '../reports/scheduled-reports.ts';
import { createProjections } from '../runtime/app-projections.ts';
import { openEventStore } from '../store/open.ts';
import { StoreClosedError } from '../store/port.ts';
import { institutionOf, institutionRoutes } from '../web/institution-routes.ts';
import { registerDashboard } from '../web/register-dashboard.ts';
import { opsExtension } from './product-ops.ts';
import { writeSideDirectoryIn, writeSideSnapshots } from './write-side-snapshots.ts';

export interface RunningProduct {
  readonly url: string;
  readonly app: FastifyInstance;
  readonly services: AppServices;
  /** True when demo accounts exist (demo data was loaded into an empty store). */
  readonly demo: boolean;
  /**
   * Stops warming the units and saves their write-side states: once nothing decides any more
   * (requests and imports finished), so the next start reads only what is appended after.
   */
  stopWriteSide(): Promise<void>;
  close(): Promise<void>;
}

export interface StartHooks {
  /** Serve the built dashboard (default true; tests of the API alone pass false). */
  readonly serveDashboard?: boolean;
  /** The server's time (default the system's): tests move it to a period's end rather than wait months. */
  readonly clock?: () => Date;
}

/**
 * The composition root: opens the store chosen by configuration, starts the projections (the
 * users read model first), accounts and import jobs, loads demo data into an empty store, and serves the API, the health routes
 * and the dashboard from one port. `main.ts` calls it with the parsed environment; browser tests
 * call it with a temporary data directory.
 */
export const startProduct = async (env: Env, hooks: StartHooks = {}): Promise<RunningProduct> => {
  const metrics = createOpsMetrics();
  const store = instrumentStore(
    await openEventStore({
      connectionString: env.EVENTSTORE_CONNECTION_STRING,
      sqlitePath: env.SQLITE_PATH,
      prepareAppends: true,
    }),
    metrics,
  );
  // Said at every start until the store is migrated: the read models work on either layout, but
  // the write side finds none of the old layout's risks to refer to.
  const problem = await layoutProblem(store);
  if (problem !== null) process.emitWarning(problem);
  const base = { store, clock: hooks.clock ?? (() => new Date()), newId: randomUUID, metrics };
  const emptyAtStart = (await store.headPosition()) === 0;
  // Before any command: a unit's first catch-up then starts from the state its last stop saved.
  const writeSide = writeSideSnapshots(store, writeSideDirectoryIn(env.DATA_DIR), base.clock);
  const stopWarming = new AbortController();
  const unitsNotWarmed = (error: unknown) => {
    // A shutdown during the warm-up closes the store under it; nothing is lost.
    if (!(error instanceof StoreClosedError)) {
      process.emitWarning(`the units' write-side state was not warmed: ${String(error)}`);
    }
  };
  // Restored beside the read models' start, not awaited: by the time the service is ready the
  // units mostly are too, so a first submission reads only the few events after its unit's file
  // (1M events: 26-37 ms, against 0.3-0.9 s restoring the unit on demand; awaited before ready,
  // all units' files held readiness ~3.5 s). Folding a unit without a file waits for the warm-up.
  const restoring = restoreUnits(store, stopWarming.signal).catch(unitsNotWarmed);

  const projections = createProjections({ store, snapshotDirectory: join(env.DATA_DIR, 'projections') });
  // The users read model first: the first administrator and the demo accounts are made through
  // it; the others start after the demo data is written, to fold it in pages rather than live.
  // The catalogue of central bodies beside it: a body's officer is bound to a body it holds.
  await projections.runtime.start(['users', 'centralBodies']);
  await projections.runtime.whenLive(['users', 'centralBodies']);
  // Accounts and the command path ask the same catalogue whether a body exists.
  const isCentralBody = centralBodyKnownIn(projections.runtime.live('centralBodies'));
  const accounts = new Accounts({ ...base, users: projections.runtime.live('users'), isCentralBody });
  // Until the server's logger exists, an alert failure goes to stderr.
  let logAlertError = (error: unknown) => console.error('alerts:', error);
  const mailer = env.SMTP_URL ? smtpMailer({ smtpUrl: env.SMTP_URL, from: env.ALERT_MAIL_FROM }) : null;
  const alerts = new Alerts(
    {
      store,
      projections,
      clock: base.clock,
      onError: (error) => logAlertError(error),
    },
    {
      mailer,
      webhookSecret: env.ALERT_WEBHOOK_SECRET ?? null,
      publicUrl: env.PUBLIC_URL ?? `http://${env.HOST}:${env.PORT}`,
      retryBaseMs: env.ALERT_RETRY_BASE_MS,
      maxAttempts: env.ALERT_MAX_ATTEMPTS,
    },
  );
  // The chair's schedules are kept with the alerts; their reports go by the same mailer.
  const scheduledReports = new ScheduledReports(
    {
      store,
      projections,
      clock: base.clock,
      schedules: () => alerts.log.state.schedules.values(),
      nameOf: (id) => accounts.users.byId(id)?.displayName ?? id,
      onError: (error) => logAlertError(error),
    },
    {
      mailer,
      replica: `${hostname()}:${process.pid}`,
      retryBaseMs: env.ALERT_RETRY_BASE_MS,
      maxAttempts: env.ALERT_MAX_ATTEMPTS,
      checkMs: env.SCHEDULED_REPORT_CHECK_MS,
    },
  );
  const core: AppServices = { ...base, isCentralBody, accounts, projections, alerts };
  const services: AppServices = { ...core, imports: new ImportJobs(core, importLimitsOf(env)) };

  if (env.ADMIN_USERNAME && env.ADMIN_PASSWORD) {
    await ensureFirstAdministrator(
      accounts,
      { username: env.ADMIN_USERNAME, password: env.ADMIN_PASSWORD },
      randomUUID(),
    );
  }
  const demoWanted = env.DEMO_DATA === 'auto';
  if (demoWanted && emptyAtStart) {
    await ensureDemoAccounts(services, env.DEMO_PASSWORD);
    await ensureDemoData(services, {
      seed: env.DEMO_SEED,
      size: env.DEMO_SIZE,
      officers: demoSubmitters(accounts),
      chair: demoChairOf(accounts),
    });
  }
  // The write side's unit states are warmed in the background once the read models are live, not
  // beside their start: at ten years of data (3.6M events) folding every unit's stream beside the
  // start held the thread the read models load on, and the service was ready after 100-170 s
  // instead of ~30 s (BENCHMARKS.md). A unit restored from its file reads only what followed; a
  // submission to a unit not warm yet catches it up itself.
  // A stop before the read models are live ends the wait too, so that closing never hangs on it.
  const liveOrStopped = new Promise<void>((resolve, reject) => {
    stopWarming.signal.addEventListener('abort', () => resolve(), { once: true });
    projections.runtime.whenLive().then(resolve, reject);
  });
  const warming = liveOrStopped
    .then(() => warmUnits(store, stopWarming.signal))
    .then(async () => {
      if (stopWarming.signal.aborted) return; // the stop saves them
      // Saved warm (the units with no file yet, or far behind theirs), so that a start after a kill
      // reads only a short tail of each unit's events.
      await writeSide.save();
      writeSide.start();
    })
    .catch(unitsNotWarmed);
  await projections.runtime.start();
  await alerts.start();
  // Like judging alerts, sending starts once the read models are live, without holding up the start.
  const sendingReports = scheduledReports.start();

  const app = await buildApp({
    services,
    auth: { ...authOptionsFrom(env), cookieSecure: 'auto' },
    security: {
      corsOrigins: env.CORS_ORIGINS,
      trustProxy: env.TRUST_PROXY,
      introspection: env.GRAPHQL_INTROSPECTION,
    },
    logger: env.LOG_LEVEL === 'silent' ? false : loggerOptions(env.LOG_LEVEL),
  });
  logAlertError = (error) =>
    app.log.error({ err: error }, 'alerts: a judgement, a delivery or a scheduled report failed');
  await app.register(healthRoutes, {
    projections: { ready: () => projections.runtime.ready(), statuses: () => projections.runtime.statuses() },
  });
  await opsExtension(metrics, { metricsToken: env.METRICS_TOKEN, metricsPublic: env.METRICS_PUBLIC })(
    app,
    services,
  );
  await app.register(institutionRoutes, { institution: institutionOf(env) });
  if (env.PUBLIC_PAGE_ENABLED) {
    await registerPublicPage(app, {
      services,
      delayDays: env.PUBLIC_DELAY_DAYS,
      licence: env.PUBLIC_DATA_LICENCE,
      requestsPerMinute: env.PUBLIC_REQUESTS_PER_MINUTE,
      institution: institutionOf(env).name,
    });
  }
  if (hooks.serveDashboard ?? true) await registerDashboard(app, { distDir: env.DASHBOARD_DIST });

  const address = await app.listen({ port: env.PORT, host: env.HOST });
  const demo = demoWanted && accounts.users.byUsername('chair') !== undefined;
  const stopWriteSide = async () => {
    stopWarming.abort();
    await Promise.all([restoring, warming]);
    await writeSide.stop();
  };
  return {
    url: address.replace('[::1]', 'localhost'),
    app,
    services,
    demo,
    stopWriteSide,
    close: async () => {
      await app.close();
      await services.imports?.drain();
      await stopWriteSide();
      await sendingReports.catch(() => undefined);
      await scheduledReports.stop();
      await alerts.stop();
      await projections.runtime.stop();
      await store.close();
    },
  };
};

/** Configuration for a product in a given data directory, ignoring the process environment. */
export const productConfig = (overrides: Record<string, string | number | undefined>): Env =>
  parseEnv(
    Object.fromEntries(
      Object.entries(overrides).map(([k, v]) => [k, v === undefined ? undefined : String(v)]),
    ),
  );

/** The chair's demo targets are set in the demo chair account's name, so the chair finds them as theirs. */
const demoChairOf = (accounts: Accounts): Submitter => {
  const chair = accounts.users.byUsername('chair');
  return chair && chair.role === 'CHAIR' ? { userId: chair.userId, role: 'CHAIR', region: null } : demoChair;
};

/**
 * The demo history of a region with a demo officer account is submitted in that officer's
 * name, so the officer signs in to find their own work; other regions get a named stand-in.
 */
const demoSubmitters =
  (accounts: Accounts) =>
  (region: RegionCode): Submitter => {
    const officer = accounts.users
      .activeWithRole('REGIONAL_OFFICER')
      .find(
        (user) => user.region === region && DEMO_ACCOUNTS.some((demo) => demo.username === user.username),
      );
    return officer ? { userId: officer.userId, role: 'REGIONAL_OFFICER', region } : demoOfficer(region);
  };
