import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { openEventStore } from '../open.ts';
import type { AdapterUnderTest } from './adapters.ts';
import { freshStream, manyRisks } from './fixtures.ts';

const appender = fileURLToPath(new URL('./crash-appender.ts', import.meta.url));

/** Runs the appender until it has acknowledged `acks` appends, then kills it with SIGKILL. */
const appendUntilKilled = (env: Record<string, string>, acks: number) =>
  new Promise<string[]>((resolve, reject) => {
    const child = spawn(process.execPath, [appender], {
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const acked: string[] = [];
    let partial = '';
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.stdout.on('data', (chunk: Buffer) => {
      const lines = (partial + chunk.toString()).split('\n');
      partial = lines.pop()!;
      for (const line of lines) acked.push(...line.split(' ').slice(2));
      if (acked.length >= acks && !child.killed) child.kill('SIGKILL');
    });
    child.on('exit', (_code, signal) =>
      signal === 'SIGKILL' ? resolve(acked) : reject(new Error(`the appender exited by itself: ${stderr}`)),
    );
  });

export const crashCases = (adapter: AdapterUnderTest) =>
  describe('crash safety', () => {
    it('keeps every acknowledged append when the appending process is killed', async () => {
      const config = adapter.freshConfig();
      const stream = freshStream();
      const acked = await appendUntilKilled(
        {
          CRASH_SQLITE_PATH: config.sqlitePath,
          CRASH_CONNECTION_STRING: config.connectionString ?? '',
          CRASH_STREAM: stream,
        },
        600,
      );
      expect(acked.length).toBeGreaterThanOrEqual(600);
      const store = await openEventStore(config);
      try {
        const stored = await store.readStream(stream);
        const storedIds = new Set(stored.map((e) => e.id));
        expect(acked.filter((id) => !storedIds.has(id))).toEqual([]);
        expect(stored.map((e) => e.revision)).toEqual(stored.map((_, i) => i));
        // The store is usable: the stream continues where the killed process left it.
        const next = await store.append(stream, manyRisks(1), { expectedRevision: stored.length - 1 });
        expect(next.nextExpectedRevision).toBe(stored.length);
      } finally {
        await store.close();
      }
    });
  });
