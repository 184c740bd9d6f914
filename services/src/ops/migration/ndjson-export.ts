import { once } from 'node:events';
import { createWriteStream, renameSync, rmSync } from 'node:fs';
import type { EventStore } from '../../store/port.ts';
import type { LogDigest } from './log-digest.ts';
import { LogDigester } from './log-digest.ts';
import { entryLine } from './log-entry.ts';
import { type Progress, silentProgress } from './progress.ts';
import { readLogPages } from './read-log.ts';

/**
 * Writes the whole log as NDJSON, one event per line in log order, with keys sorted: the file's
 * SHA-256 is the log's checksum. The file appears under its name only when complete.
 */
export const exportNdjson = async (
  store: EventStore,
  path: string,
  progress: Progress = silentProgress,
): Promise<LogDigest> => {
  const head = await store.headPosition();
  const temporary = `${path}.partial`;
  const out = createWriteStream(temporary, { encoding: 'utf8' });
  const digester = new LogDigester();
  try {
    for await (const page of readLogPages(store, { until: head, pageSize: 5_000 })) {
      let text = '';
      for (const { entry } of page) {
        text += `${entryLine(entry)}\n`;
        digester.add(entry);
      }
      if (!out.write(text)) await once(out, 'drain');
      progress.update(digester.count, page[page.length - 1]!.at / Math.max(1, head));
    }
    out.end();
    await once(out, 'finish');
  } catch (error) {
    out.destroy();
    rmSync(temporary, { force: true });
    throw error;
  }
  renameSync(temporary, path);
  progress.finish(digester.count);
  return digester.digest();
};
