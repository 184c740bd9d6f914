import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { Accounts } from '../accounts/accounts.ts';
import { ensureFirstAdministrator } from '../accounts/bootstrap.ts';
import { Alerts } from '../alerts/alerts.ts';
import { type BuildAppOptions, buildApp } from '../api/build-app.ts';
import type { AppServices } from '../api/services.ts';
import { centralBodyKnownIn } from '../catalogue/central-bodies.ts';
import { createProjections } from '../runtime/app-projections.ts';
import { openEventStore } from '../store/open.ts';

/** Real services over a fresh SQLite file in a temporary directory, the read models live; `close` removes it. */
export const openTestServices = async (clock: () => Date = () => new Date()) => {
  const dir = mkdtempSync(join(tmpdir(), 'kpi-auth-'));
  const store = await openEventStore({ sqlitePath: join(dir, 'events.sqlite') });
  const base = { store, clock, newId: randomUUID };
  const projections = createProjections({ store });
  await projections.runtime.start();
  await projections.runtime.whenLive();
  const isCentralBody = centralBodyKnownIn(projections.runtime.live('centralBodies'));
  const accounts = new Accounts({ ...base, users: projections.runtime.live('users'), isCentralBody });
  // Alert rules as in the service, so that every mutation of the schema answers; not started: no
  // evaluator or delivery writes behind a test's back (the alerts' own tests start theirs).
  const alerts = new Alerts(
    { store, projections, clock, onError: (error) => console.error('alerts:', error) },
    { mailer: null, webhookSecret: null, publicUrl: 'http://localhost', retryBaseMs: 100, maxAttempts: 2 },
  );
  const services: AppServices = { ...base, isCentralBody, accounts, projections, alerts };
  return {
    dir,
    services,
    accounts,
    projections,
    store,
    close: async () => {
      await alerts.stop();
      await projections.runtime.stop();
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
};

export const ADMIN_PASSWORD = 'correct horse battery staple';

export const withAdministrator = async (accounts: Accounts) => {
  const result = await ensureFirstAdministrator(
    accounts,
    { username: 'root', password: ADMIN_PASSWORD },
    randomUUID(),
  );
  if (!result.created) throw new Error(result.reason);
  return result.userId;
};

export interface GraphqlAnswer {
  readonly status: number;
  readonly headers: Record<string, unknown>;
  readonly body: {
    // biome-ignore lint/suspicious/noExplicitAny: answers are read by the assertions that follow
    data?: Record<string, any> | null;
    errors?: { message: string; extensions?: Record<string, unknown> }[];
  };
}

/** One GraphQL operation over HTTP through fastify's inject. */
export const gql = async (
  app: FastifyInstance,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<GraphqlAnswer> => {
  const response = await app.inject({
    method: 'POST',
    url: '/graphql',
    headers: { 'content-type': 'application/json', ...headers },
    payload: JSON.stringify({ query, variables }),
  });
  return { status: response.statusCode, headers: response.headers, body: response.json() };
};

export const SIGN_IN = `mutation($u: String!, $p: String!) { signIn(username: $u, password: $p) {
  __typename ... on SignedIn { token expiresAt user { id username role region } }
  ... on SignInRefused { reason retryAfterSeconds message } } }`;

export const signInToken = async (
  app: FastifyInstance,
  username: string,
  password: string,
): Promise<string> => {
  const answer = await gql(app, SIGN_IN, { u: username, p: password });
  const token = answer.body.data?.signIn?.token;
  if (typeof token !== 'string') throw new Error(`sign-in failed: ${JSON.stringify(answer.body)}`);
  return token;
};

export const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

export const buildTestApp = (services: AppServices, options: Partial<BuildAppOptions> = {}) =>
  buildApp({ services, auth: { sessionSecret: 'a'.repeat(48) }, ...options });
