import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { openEventStore } from '../open.ts';
import type { AdapterUnderTest } from './adapters.ts';
import { freshStream } from './fixtures.ts';

const run = promisify(execFile);
const appender = fileURLToPath(new URL('./contending-appender.ts', import.meta.url));

export const processesCases = (adapter: AdapterUnderTest) =>
  describe('appenders in separate processes', () => {
    it('lets exactly one process win each revision of a shared stream', async () => {
      const config = adapter.freshConfig();
      const stream = freshStream();
      const count = 40;
      const env = {
        ...process.env,
        CONTEND_SQLITE_PATH: config.sqlitePath,
        CONTEND_CONNECTION_STRING: config.connectionString ?? '',
        CONTEND_STREAM: stream,
        CONTEND_COUNT: String(count),
      };
      const outputs = await Promise.all([1, 2, 3].map(() => run(process.execPath, [appender], { env })));
      const wins = outputs.flatMap(({ stdout }) =>
        stdout
          .split('\n')
          .filter((line) => line.startsWith('won '))
          .map((line) => line.split(' ')),
      );
      expect(wins).toHaveLength(3 * count);
      const store = await openEventStore(config);
      try {
        const stored = await store.readStream(stream);
        expect(stored.map((e) => e.revision)).toEqual(wins.map((_, i) => i));
        const winnerOf = new Map(wins.map(([, revision, id]) => [Number(revision), id]));
        for (const event of stored) expect(winnerOf.get(event.revision)).toBe(event.id);
      } finally {
        await store.close();
      }
    });
  });
