import { mkdir, open, readFile, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';

/**
 * A projection's state and its checkpoint, saved together in one file so that they can never
 * disagree: a restart resumes after exactly the position the state already contains, so no
 * event is lost or counted twice. Written to a temporary file, flushed, then renamed over the
 * old one, so a crash mid-write leaves the previous snapshot intact.
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

const FORMAT = 1;

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

  /** `version` must change whenever the projection's state shape or fold changes: older snapshots are then ignored. */
  constructor(directory: string, name: string, version: number | string, codec?: SnapshotCodec<S>) {
    this.path = join(directory, `${name}.snapshot`);
    this.#name = name;
    this.#version = version;
    this.#codec = codec;
  }

  /** The saved snapshot, or null when there is none, or it belongs to another projection version. */
  async load(): Promise<Snapshot<S> | null> {
    let bytes: Buffer;
    try {
      bytes = await readFile(this.path);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
    let stored: StoredSnapshot;
    try {
      stored = deserialize(bytes) as StoredSnapshot;
    } catch {
      return null; // unreadable (truncated by hand, older Node format): rebuilding is always safe
    }
    if (stored.format !== FORMAT || stored.name !== this.#name || stored.version !== this.#version)
      return null;
    const state = this.#codec ? this.#codec.deserialize(stored.state) : (stored.state as S);
    return { checkpoint: stored.checkpoint, state, savedAt: stored.savedAt };
  }

  async save(snapshot: Snapshot<S>): Promise<void> {
    const stored: StoredSnapshot = {
      format: FORMAT,
      name: this.#name,
      version: this.#version,
      checkpoint: snapshot.checkpoint,
      savedAt: snapshot.savedAt,
      state: this.#codec ? this.#codec.serialize(snapshot.state) : snapshot.state,
    };
    // Serialised synchronously: the state cannot move between reading the checkpoint and the state.
    const bytes = serialize(stored);
    await mkdir(join(this.path, '..'), { recursive: true });
    const temporary = `${this.path}.${process.pid}.tmp`;
    const handle = await open(temporary, 'w');
    try {
      await handle.writeFile(bytes);
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
