import { mkdir, open, readdir, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { type PartLimits, partsOf, partsOfInSlices, readParts } from './snapshot-parts.ts';

/**
 * A projection's state and its checkpoint, saved together in one file so that they can never
 * disagree: a restart resumes after exactly the position the state already contains, so no
 * event is lost or counted twice. Written to a temporary file, flushed, then renamed over the
 * old one, so a crash mid-write leaves the previous snapshot intact. The file is written and read
 * in parts of bounded size (see snapshot-parts.ts): a read model of any size, no 2 GiB limit.
 */
export interface Snapshot<S> {
  readonly checkpoint: number;
  readonly state: S;
  readonly savedAt: string;
}

/**
 * Turns a state into something the structured-clone serializer takes and back. States made of
 * plain objects, arrays, Maps and Sets need none; class instances need one.
 */
export interface SnapshotCodec<S> {
  serialize(state: S): unknown;
  deserialize(stored: unknown): S;
}

/** 2: in parts (format 1 was one v8-serialized buffer, read whole; such a file is not used). */
const FORMAT = 2;

interface StoredSnapshot {
  readonly format: number;
  readonly name: string;
  readonly version: number | string;
  readonly checkpoint: number;
  readonly savedAt: string;
  readonly state: unknown;
}

export class SnapshotFile<S> {
  readonly path: string;
  readonly #name: string;
  readonly #version: number | string;
  readonly #codec: SnapshotCodec<S> | undefined;
  readonly #limits: PartLimits;

  /** `version` must change whenever the projection's state shape or fold changes: older snapshots are then ignored. */
  constructor(
    directory: string,
    name: string,
    version: number | string,
    codec?: SnapshotCodec<S>,
    limits: PartLimits = {},
  ) {
    this.path = join(directory, `${name}.snapshot`);
    this.#name = name;
    this.#version = version;
    this.#codec = codec;
    this.#limits = limits;
  }

  /** The saved snapshot, or null when there is none, or it belongs to another projection version. */
  async load(): Promise<Snapshot<S> | null> {
    let handle: Awaited<ReturnType<typeof open>>;
    try {
      handle = await open(this.path, 'r');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
    let stored: StoredSnapshot;
    try {
      stored = (await readParts(handle)) as StoredSnapshot;
    } catch {
      return null; // unreadable (truncated, an older format): rebuilding is always safe
    } finally {
      await handle.close();
    }
    if (
      stored === null ||
      typeof stored !== 'object' ||
      stored.format !== FORMAT ||
      stored.name !== this.#name ||
      stored.version !== this.#version
    )
      return null;
    const state = this.#codec ? this.#codec.deserialize(stored.state) : (stored.state as S);
    return { checkpoint: stored.checkpoint, state, savedAt: stored.savedAt };
  }

  /** Writes the snapshot in place of the previous one, the state cut before the first await. */
  async save(snapshot: Snapshot<S>): Promise<void> {
    await this.write(this.cut(snapshot, false));
  }

  /**
   * The snapshot's records, for `write`: cut at once, or with `inSlices` a few records at a time,
   * the event loop turning between them (`partsOfInSlices`). Then the caller keeps the state from
   * changing until the promise settles; the records are copies, so it may change again while
   * they are written.
   */
  cut(snapshot: Snapshot<S>, inSlices: boolean): Promise<Uint8Array[]> {
    const stored: StoredSnapshot = {
      format: FORMAT,
      name: this.#name,
      version: this.#version,
      checkpoint: snapshot.checkpoint,
      savedAt: snapshot.savedAt,
      state: this.#codec ? this.#codec.serialize(snapshot.state) : snapshot.state,
    };
    // Cut synchronously, unless the caller holds the state still: it must not move between
    // reading the checkpoint and the state.
    return inSlices ? partsOfInSlices(stored, this.#limits) : Promise.resolve(partsOf(stored, this.#limits));
  }

  /** Writes the records `cut` made to a temporary file, then renames it over the snapshot. */
  async write(cutting: Promise<Uint8Array[]>): Promise<void> {
    const parts = await cutting;
    await mkdir(join(this.path, '..'), { recursive: true });
    await removeLeftovers(this.path);
    const temporary = `${this.path}.${process.pid}.tmp`;
    const handle = await open(temporary, 'w');
    try {
      // In batches of records (one call per record would be a system call per small record); a
      // batch the system wrote in part is finished part by part.
      for (let from = 0; from < parts.length; from += 16) {
        const batch = parts.slice(from, from + 16);
        let { bytesWritten } = await handle.writev(batch);
        for (const part of batch) {
          if (bytesWritten >= part.byteLength) bytesWritten -= part.byteLength;
          else {
            await handle.writeFile(part.subarray(bytesWritten));
            bytesWritten = 0;
          }
        }
      }
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temporary, this.path);
  }

  async remove(): Promise<void> {
    await rm(this.path, { force: true });
  }
}

const isRunning = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
};

/**
 * Removes the temporary files of this snapshot that a process no longer running left behind: one
 * stopped mid-write (a shutdown past its deadline) leaves a file as large as the state, and each
 * process writes its own.
 */
const removeLeftovers = async (path: string): Promise<void> => {
  const prefix = `${basename(path)}.`;
  for (const name of await readdir(dirname(path))) {
    if (!name.startsWith(prefix) || !name.endsWith('.tmp')) continue;
    const pid = Number(name.slice(prefix.length, -'.tmp'.length));
    if (Number.isInteger(pid) && pid !== process.pid && !isRunning(pid))
      await rm(join(dirname(path), name), { force: true });
  }
};
