import type { FastifyInstance } from 'fastify';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createOpsMetrics, type OpsMetrics } from '../ops/metrics/ops-metrics.ts';
import {
  ADMIN_PASSWORD,
  buildTestApp,
  openTestServices,
  SIGN_IN,
  withAdministrator,
} from './test-fixtures.ts';

// Every password check is the real scrypt verification, counted on its way through.
const checks = vi.hoisted(() => ({ count: 0 }));
vi.mock('../accounts/password.ts', async (importOriginal) => {
  const real = await importOriginal<typeof import('../accounts/password.ts')>();
  return {
    ...real,
    verifyPassword: (password: string, hash: string) => {
      checks.count++;
      return real.verifyPassword(password, hash);
    },
  };
});

type Answer = { __typename: string; reason?: string; token?: string };

/** Sign-in attempts against a listening server, as a guessing script would send them. */
describe('sign-in limits under a parallel burst (real server, real store)', () => {
  let env: Awaited<ReturnType<typeof openTestServices>>;
  let app: FastifyInstance;
  let url: string;
  let metrics: OpsMetrics;

  const start = async (signInLimits?: { perUser: number; perAddress: number; windowMs: number }) => {
    app = await buildTestApp(
      { ...env.services, metrics },
      {
        auth: { sessionSecret: 's'.repeat(48), ...(signInLimits ? { signInLimits } : {}) },
      },
    );
    url = await app.listen({ port: 0, host: '127.0.0.1' });
  };

  const signIn = async (u: string, p: string): Promise<Answer> => {
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: SIGN_IN, variables: { u, p } }),
    });
    const body = (await response.json()) as { data: { signIn: Answer } };
    return body.data.signIn;
  };

  const reasons = (answers: Answer[]) =>
    answers.reduce<Record<string, number>>((n, a) => {
      const key = a.reason ?? a.__typename;
      n[key] = (n[key] ?? 0) + 1;
      return n;
    }, {});

  beforeEach(async () => {
    env = await openTestServices();
    await withAdministrator(env.accounts);
    checks.count = 0;
    metrics = createOpsMetrics({ processMetrics: false });
  });
  afterEach(async () => {
    await app.close();
    await env.close();
  });

  it('checks the password at most 5 times for 50 wrong attempts sent at once (default limits)', async () => {
    await start();
    const answers = await Promise.all(Array.from({ length: 50 }, () => signIn('root', 'wrong password!')));
    expect(checks.count).toBeLessThanOrEqual(5);
    expect(reasons(answers)).toEqual({
      INVALID_CREDENTIALS: checks.count,
      TOO_MANY_ATTEMPTS: 50 - checks.count,
    });
    // The right password inside the locked window is not checked and answers like a wrong one.
    const before = checks.count;
    const right = await signIn('root', ADMIN_PASSWORD);
    const wrong = await signIn('root', 'wrong password!');
    expect(right).toEqual(wrong);
    expect(right).toMatchObject({ __typename: 'SignInRefused', reason: 'TOO_MANY_ATTEMPTS' });
    expect(checks.count).toBe(before);
    // What an operator sees in /metrics: the checks, and the attempts refused unchecked.
    const counted = Object.fromEntries(
      (await metrics.signIns.get()).values.map((v) => [String(v.labels.outcome), v.value]),
    );
    expect(counted).toEqual({ refused: before, limited: 52 - before });
  });

  it('does not sign in nor clear the count when the right password rides a burst of wrong ones', async () => {
    await start();
    const burst = Array.from({ length: 30 }, () => signIn('root', 'wrong password!'));
    // The right password is sent while the wrong ones are still being checked.
    await vi.waitFor(() => expect(checks.count).toBeGreaterThanOrEqual(5), { interval: 1 });
    const right = await signIn('root', ADMIN_PASSWORD);
    const answers = await Promise.all(burst);
    expect(right).toMatchObject({ __typename: 'SignInRefused', reason: 'TOO_MANY_ATTEMPTS' });
    expect(reasons(answers)).toEqual({ INVALID_CREDENTIALS: 5, TOO_MANY_ATTEMPTS: 25 });
    expect(await signIn('root', ADMIN_PASSWORD)).toMatchObject({ reason: 'TOO_MANY_ATTEMPTS' });
    expect(checks.count).toBe(5);
  });

  it('bounds a burst spread over many usernames by the per-address limit', async () => {
    await start({ perUser: 5, perAddress: 10, windowMs: 60_000 });
    const answers = await Promise.all(
      Array.from({ length: 50 }, (_, i) => signIn(`guess${i}`, 'wrong password!')),
    );
    expect(checks.count).toBeLessThanOrEqual(10);
    expect(reasons(answers)).toEqual({
      INVALID_CREDENTIALS: checks.count,
      TOO_MANY_ATTEMPTS: 50 - checks.count,
    });
  });

  it('gives a successful attempt back, so an office signing many people in is never locked', async () => {
    await start({ perUser: 2, perAddress: 3, windowMs: 60_000 });
    // Attempts in flight count until they succeed: two at once fit the per-user budget of two.
    const answers = await Promise.all(Array.from({ length: 2 }, () => signIn('root', ADMIN_PASSWORD)));
    for (let i = 0; i < 5; i++) answers.push(await signIn('root', ADMIN_PASSWORD));
    expect(answers.every((a) => a.__typename === 'SignedIn')).toBe(true);
    // Refused before counting per address: a locked username does not eat its address's budget.
    await signIn('root', 'wrong password!');
    await signIn('root', 'wrong password!');
    expect(await signIn('root', 'wrong password!')).toMatchObject({ reason: 'TOO_MANY_ATTEMPTS' });
    expect(await signIn('someone.else', 'wrong password!')).toMatchObject({ reason: 'INVALID_CREDENTIALS' });
  });
});
