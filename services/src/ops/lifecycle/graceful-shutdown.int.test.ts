import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { streams } from '@kpi/schema';
import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import { largeRiskFile } from '../../import/import-fixtures.ts';
import { openEventStore } from '../../store/open.ts';
import { StoreClosedError } from '../../store/port.ts';
import { appendSampleLog } from '../sample-log.test-support.ts';
import { installGracefulShutdown } from './graceful-shutdown.ts';

const identifyRisk = `mutation($input: IdentifyRiskInput!) { identifyRisk(input: $input) {
  __typename ... on IdentifyRiskSucceeded { riskId position } } }`;

const riskInput = () => ({
  submissionId: randomUUID(),
  region: 'KZ_15',
  organization: 'Акимат г. Актобе',
  process: 'Предоставление земельных участков',
  sphere: 'LAND_RELATIONS',
  causeCategory: 'EXCESSIVE_DISCRETION',
  source: 'CITIZEN_RECEPTION',
  description: 'Комиссия решает без критериев',
  occurredOn: '2026-03-14',
});

interface Ack {
  readonly riskId: string;
  readonly correlationId: string;
}

const startServer = async () => {
  const dir = mkdtempSync(join(tmpdir(), 'kpi-shutdown-'));
  const storePath = join(dir, 'events.sqlite');
  const snapshots = join(dir, 'projections');
  const server = spawn(process.execPath, [resolve(import.meta.dirname, 'shutdown-server.test-support.ts')], {
    env: { ...process.env, STORE_PATH: storePath, SNAPSHOT_DIR: snapshots },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const logLines: Record<string, unknown>[] = [];
  const output = { stderr: '' };
  server.stderr.setEncoding('utf8').on('data', (chunk: string) => {
    output.stderr += chunk;
  });
  const exited = new Promise<number | null>((r) => server.once('exit', (code) => r(code)));
  const url = await new Promise<string>((resolveUrl, reject) => {
    createInterface({ input: server.stdout }).on('line', (line) => {
      const json = JSON.parse(line) as Record<string, unknown>;
      logLines.push(json);
      if (typeof json.listening === 'string') resolveUrl(json.listening);
    });
    server.once('exit', () => reject(new Error(`server exited before listening: ${output.stderr}`)));
  });
  return { server, url, exited, logLines, output, storePath, snapshots };
};

describe('graceful shutdown', () => {
  it('on SIGTERM during a stream of submissions, every acknowledged one is in the store afterwards', async () => {
    const { server, url, exited, logLines, output, storePath, snapshots } = await startServer();
    const acks: Ack[] = [];
    let refusedAfterSignal = 0;
    let signalled = false;
    const submitOne = async () => {
      try {
        const response = await fetch(`${url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: identifyRisk, variables: { input: riskInput() } }),
        });
        const body = (await response.json()) as {
          data?: { identifyRisk?: { __typename: string; riskId: string } };
        };
        const result = body.data?.identifyRisk;
        if (result?.__typename === 'IdentifyRiskSucceeded') {
          acks.push({ riskId: result.riskId, correlationId: response.headers.get('x-correlation-id') ?? '' });
        } else if (signalled) refusedAfterSignal++;
      } catch {
        if (!signalled) throw new Error('a request failed before the shutdown began');
        refusedAfterSignal++;
      }
    };
    const workers = Array.from({ length: 16 }, async () => {
      for (let i = 0; i < 40; i++) {
        await submitOne();
        if (!signalled && acks.length >= 80) {
          signalled = true;
          server.kill('SIGTERM');
        }
      }
    });
    await Promise.all(workers);
    expect(await exited, output.stderr).toBe(0);

    expect(signalled).toBe(true);
    expect(acks.length).toBeGreaterThanOrEqual(80);
    expect(refusedAfterSignal).toBeGreaterThan(0);
    const store = await openEventStore({ sqlitePath: storePath });
    try {
      const unit = await store.readStream(streams.unit('KZ-15'));
      const identified = new Map(unit.map((e) => [(e.data as { riskId?: string }).riskId, e]));
      for (const ack of acks) {
        const event = identified.get(ack.riskId);
        expect(event?.type, `acknowledged risk ${ack.riskId} is missing`).toBe('RiskIdentified');
        expect(event!.metadata.correlationId).toBe(ack.correlationId);
      }
    } finally {
      await store.close();
    }
    const operationLog = logLines.find(
      (l) => l.msg === 'graphql operation' && l.correlationId === acks[0]!.correlationId,
    );
    expect(operationLog).toMatchObject({
      operation: 'identifyRisk',
      operationType: 'mutation',
      statusCode: 200,
    });
    expect(logLines.some((l) => l.msg === 'shutdown complete' && l.reason === 'SIGTERM')).toBe(true);
    expect(readdirSync(snapshots).some((f) => f.endsWith('.snapshot'))).toBe(true);
  }, 120_000);

  it('on SIGTERM during a spreadsheet import, the accepted import is committed in full before exit', async () => {
    const { server, url, exited, output, storePath } = await startServer();
    const response = await fetch(`${url}/import?eventType=RiskIdentified&commit=true&wait=false`, {
      method: 'POST',
      headers: { 'content-type': 'text/csv' },
      body: largeRiskFile(20_000),
    });
    expect(response.status).toBe(202);
    const correlationId = response.headers.get('x-correlation-id');
    server.kill('SIGTERM');
    expect(await exited, output.stderr).toBe(0);
    const store = await openEventStore({ sqlitePath: storePath });
    try {
      const events = await store.readAll();
      const imported = events.filter(
        (e) => e.metadata.correlationId === correlationId && e.type === 'RiskIdentified',
      );
      expect(imported).toHaveLength(20_000);
      expect(new Set(imported.map((e) => e.metadata.channel))).toEqual(new Set(['import']));
    } finally {
      await store.close();
    }
  }, 120_000);

  it('lets an in-flight append finish, then closes the store; new requests are turned away', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kpi-shutdown-'));
    const store = await openEventStore({ sqlitePath: join(dir, 'events.sqlite') });
    const app = Fastify();
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    app.post('/slow-append', async () => {
      await gate;
      await appendSampleLog(store, 1);
      return { ok: true };
    });
    const url = await app.listen({ port: 0, host: '127.0.0.1' });
    const order: string[] = [];
    const exits: number[] = [];
    const shutdown = installGracefulShutdown({
      app,
      store: { close: () => store.close().then(() => void order.push('store')) },
      runner: { stop: async () => void order.push('projections') },
      drain: [{ name: 'imports', run: async () => void order.push('imports') }],
      signals: [],
      log: { info: () => {}, error: () => {} },
      exit: (code) => exits.push(code),
    });
    const inFlight = fetch(`${url}/slow-append`, { method: 'POST' });
    await new Promise((r) => setTimeout(r, 100));
    const done = shutdown.shutdown('test');
    await new Promise((r) => setTimeout(r, 50));
    await expect(fetch(`${url}/slow-append`, { method: 'POST' })).rejects.toThrow();
    release();
    expect((await inFlight).status).toBe(200);
    await done;
    expect(order).toEqual(['imports', 'projections', 'store']);
    expect(exits).toEqual([0]);
    await expect(store.headPosition()).rejects.toBeInstanceOf(StoreClosedError);
    const reopened = await openEventStore({ sqlitePath: join(dir, 'events.sqlite') });
    expect(await reopened.headPosition()).toBe(1);
    await reopened.close();
    expect(existsSync(join(dir, 'events.sqlite'))).toBe(true);
  });

  it('closes the store even when a step fails, and exits 1', async () => {
    const closed: string[] = [];
    const exits: number[] = [];
    const shutdown = installGracefulShutdown({
      app: { close: async () => {} },
      store: { close: async () => void closed.push('store') },
      runner: {
        stop: async () => {
          throw new Error('snapshot disk full');
        },
      },
      signals: [],
      log: { info: () => {}, error: (fields) => void closed.push(JSON.stringify(fields)) },
      exit: (code) => exits.push(code),
    });
    await shutdown.shutdown('test');
    expect(closed).toEqual([JSON.stringify({ step: 'projections', error: 'snapshot disk full' }), 'store']);
    expect(exits).toEqual([1]);
  });
});
