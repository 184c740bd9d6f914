import type { EventStore } from '../../store/port.ts';
import {
  describeStoreAddress,
  openDestinationStore,
  openSourceStore,
  type StoreAddress,
  sameStoreAddress,
} from '../store-address.ts';
import { loadCheckpoint, type MigrationCheckpoint, saveCheckpoint } from './checkpoint.ts';
import { destinationStart } from './destination-start.ts';
import type { LogDigest } from './log-digest.ts';
import { LogWriter } from './log-writer.ts';
import { type Progress, silentProgress } from './progress.ts';
import { digestLog, type Reshape, readLogPages, type SourcedEntry } from './read-log.ts';

export interface MigrateOptions {
  readonly from: StoreAddress;
  readonly to: StoreAddress;
  /** Where progress is saved so an interrupted run resumes; see `defaultCheckpointPath`. */
  readonly checkpointPath: string;
  /** Copy after the events a non-empty destination already holds (they are left out of the checksum). */
  readonly appendToNonEmpty?: boolean;
  readonly pageSize?: number;
  readonly progress?: Progress;
  /** Stops after the chunk in flight; the checkpoint is saved, a later run resumes. */
  readonly signal?: AbortSignal;
  /**
   * Makes a fresh rewrite of the log (as `unitLayout` does): applied to every source event from
   * the log's start, also when resuming, and to the source side of the final comparison.
   */
  readonly reshape?: () => Reshape;
}

export interface MigrateReport {
  readonly from: string;
  readonly to: string;
  readonly copied: number;
  /** Events found already copied by an earlier, interrupted run. */
  readonly skipped: number;
  readonly resumedAfter: number;
  readonly interrupted: boolean;
  readonly source: LogDigest;
  readonly destination: LogDigest;
  readonly match: boolean;
}

export const defaultCheckpointPath = (from: StoreAddress, to: StoreAddress): string => {
  if (to.kind === 'sqlite') return `${to.path}.migration.json`;
  if (from.kind === 'sqlite') return `${from.path}.migration-out.json`;
  throw new Error('--checkpoint <file> is required when neither store is a SQLite file');
};

/** Copies the whole log from one store to another, resumably, and compares both sides. */
export const migrate = async (options: MigrateOptions): Promise<MigrateReport> => {
  if (sameStoreAddress(options.from, options.to)) throw new Error('--from and --to name the same store');
  const from = describeStoreAddress(options.from);
  const to = describeStoreAddress(options.to);
  const source = await openSourceStore(options.from);
  let destination: EventStore | undefined;
  try {
    destination = await openDestinationStore(options.to);
    return await copyAndCompare(source, destination, from, to, options);
  } finally {
    await destination?.close();
    await source.close();
  }
};

const copyAndCompare = async (
  source: EventStore,
  destination: EventStore,
  from: string,
  to: string,
  options: MigrateOptions,
): Promise<MigrateReport> => {
  const progress = options.progress ?? silentProgress;
  const start = await startingPoint(source, destination, from, to, options);
  const writer = new LogWriter(destination, { verifying: start.verifying });
  const head = await source.headPosition();
  let checkpoint: MigrationCheckpoint = start.checkpoint;
  let copied = 0;
  let skipped = 0;
  let interrupted = false;
  const span = Math.max(1, head - start.checkpoint.sourcePosition);

  const reshape = options.reshape?.();
  const resumeAfter = checkpoint.sourcePosition;
  for await (const read of readLogPages(source, {
    after: reshape ? 0 : resumeAfter,
    until: head,
    pageSize: options.pageSize,
  })) {
    const page = reshape ? reshaped(read, reshape, resumeAfter) : read;
    await writer.write(page, (last, result) => {
      copied += result.written;
      skipped += result.skipped;
      checkpoint = {
        ...checkpoint,
        sourcePosition: last.at,
        copied: checkpoint.copied + result.written,
        updatedAt: new Date().toISOString(),
      };
      saveCheckpoint(options.checkpointPath, checkpoint);
      progress.update(checkpoint.copied, (last.at - start.checkpoint.sourcePosition) / span);
    });
    if (options.signal?.aborted) {
      interrupted = true;
      break;
    }
  }
  if (!interrupted) progress.finish(checkpoint.copied);

  const [sourceDigest, destinationDigest] = await Promise.all([
    digestLog(source, 0, checkpoint.sourcePosition, options.reshape?.()),
    digestLog(destination, checkpoint.destinationStart, Number.POSITIVE_INFINITY),
  ]);
  return {
    from,
    to,
    copied,
    skipped,
    resumedAfter: start.checkpoint.sourcePosition,
    interrupted,
    source: sourceDigest,
    destination: destinationDigest,
    match: sourceDigest.count === destinationDigest.count && sourceDigest.sha256 === destinationDigest.sha256,
  };
};

/** What a reshape keeps of a page, past the events an earlier run copied. */
const reshaped = (page: readonly SourcedEntry[], reshape: Reshape, after: number): SourcedEntry[] => {
  const kept: SourcedEntry[] = [];
  for (const { entry, at } of page) {
    const entryKept = reshape(entry);
    if (entryKept !== null && at > after) kept.push({ entry: entryKept, at });
  }
  return kept;
};

const startingPoint = async (
  source: EventStore,
  destination: EventStore,
  from: string,
  to: string,
  options: MigrateOptions,
): Promise<{ checkpoint: MigrationCheckpoint; verifying: boolean }> => {
  const saved = loadCheckpoint(options.checkpointPath);
  if (saved) {
    if (saved.from !== from || saved.to !== to) {
      throw new Error(
        `${options.checkpointPath} belongs to a migration from ${saved.from} to ${saved.to}; pass another --checkpoint`,
      );
    }
    return { checkpoint: saved, verifying: true };
  }
  const [sourceFirst] = await source.readAll({ maxCount: 1 });
  const start = await destinationStart(destination, sourceFirst?.id, to, options.appendToNonEmpty === true);
  const checkpoint = {
    from,
    to,
    sourcePosition: 0,
    destinationStart: start.destinationStart,
    copied: 0,
    updatedAt: new Date().toISOString(),
  };
  return { checkpoint, verifying: start.verifying };
};
