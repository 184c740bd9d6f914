import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { type FieldIssue, toFieldIssues } from '@kpi/schema';
import { z } from 'zod';
import { type EventStore, InvalidEventError } from '../../store/port.ts';
import { assertValidNewEvents } from '../../store/validate-new-events.ts';
import { destinationStart } from './destination-start.ts';
import { type LogDigest, LogDigester } from './log-digest.ts';
import { type LogEntry, toCurrentVersion } from './log-entry.ts';
import { LogWriter } from './log-writer.ts';
import { type Progress, silentProgress } from './progress.ts';
import { digestLog, type SourcedEntry } from './read-log.ts';

/** A line of the archive that cannot be imported; nothing has been written when this is thrown. */
export class ArchiveLineError extends Error {
  readonly line: number;
  readonly issues: readonly FieldIssue[];
  constructor(line: number, issues: readonly FieldIssue[]) {
    super(`line ${line}: ${issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`);
    this.name = 'ArchiveLineError';
    this.line = line;
    this.issues = issues;
  }
}

const LineSchema = z.strictObject({
  id: z.string(),
  streamId: z.string(),
  revision: z.int().min(0),
  type: z.string(),
  data: z.unknown(),
  metadata: z.object({ schemaVersion: z.int().positive() }).loose(),
});

/** Reads the archive line by line, parsed and lifted to current schema versions. */
async function* readArchive(path: string): AsyncGenerator<SourcedEntry> {
  const lines = createInterface({
    input: createReadStream(path, { encoding: 'utf8' }),
    crlfDelay: Number.POSITIVE_INFINITY,
  });
  let number = 0;
  for await (const text of lines) {
    number++;
    if (text.trim() === '') continue;
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      throw new ArchiveLineError(number, [{ path: '', code: 'invalid_json', message: 'is not JSON' }]);
    }
    const parsed = LineSchema.safeParse(json);
    if (!parsed.success) throw new ArchiveLineError(number, toFieldIssues(parsed.error, ''));
    yield { entry: toCurrentVersion(parsed.data as LogEntry), at: number };
  }
}

/**
 * Checks every line before anything is written: each event against its schema (as the store will),
 * and each stream's revisions counting up from 0 without a gap. Returns the archive's digest.
 */
const checkArchive = async (path: string): Promise<{ digest: LogDigest; firstId: string | undefined }> => {
  const digester = new LogDigester();
  const nextRevision = new Map<string, number>();
  let firstId: string | undefined;
  for await (const { entry, at } of readArchive(path)) {
    firstId ??= entry.id;
    try {
      assertValidNewEvents(entry.streamId, [entry]);
    } catch (error) {
      if (!(error instanceof InvalidEventError)) throw error;
      throw new ArchiveLineError(
        at,
        error.issues.map((i) => ({ ...i, path: i.path.replace(/^events\.0\./, '') })),
      );
    }
    const expected = nextRevision.get(entry.streamId) ?? 0;
    if (entry.revision !== expected) {
      throw new ArchiveLineError(at, [
        {
          path: 'revision',
          code: 'revision_gap',
          message: `is ${entry.revision}; stream ${entry.streamId} continues at ${expected}`,
        },
      ]);
    }
    nextRevision.set(entry.streamId, expected + 1);
    digester.add(entry);
  }
  return { digest: digester.digest(), firstId };
};

export interface ImportReport {
  readonly imported: number;
  readonly skipped: number;
  readonly archive: LogDigest;
  readonly destination: LogDigest;
  readonly match: boolean;
}

/**
 * Imports an NDJSON archive into a store, in the archive's order, keeping ids and metadata. Run
 * again after an interruption, it skips what the first run wrote and continues.
 */
export const importNdjson = async (
  path: string,
  destination: EventStore,
  options: { readonly to: string; readonly appendToNonEmpty?: boolean; readonly progress?: Progress },
): Promise<ImportReport> => {
  const progress = options.progress ?? silentProgress;
  const { digest: archive, firstId } = await checkArchive(path);
  const start = await destinationStart(destination, firstId, options.to, options.appendToNonEmpty === true);
  const writer = new LogWriter(destination, { verifying: start.verifying });
  let imported = 0;
  let skipped = 0;
  let page: SourcedEntry[] = [];
  const flush = async () => {
    await writer.write(page, (_last, result) => {
      imported += result.written;
      skipped += result.skipped;
      progress.update(imported + skipped, (imported + skipped) / Math.max(1, archive.count));
    });
    page = [];
  };
  for await (const sourced of readArchive(path)) {
    page.push(sourced);
    if (page.length >= 2_000) await flush();
  }
  await flush();
  progress.finish(imported + skipped);
  const copy = await digestLog(destination, start.destinationStart, Number.POSITIVE_INFINITY);
  return {
    imported,
    skipped,
    archive,
    destination: copy,
    match: copy.count === archive.count && copy.sha256 === archive.sha256,
  };
};
