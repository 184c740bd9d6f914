import { createHash, type Hash } from 'node:crypto';
import { entryLine, type LogEntry } from './log-entry.ts';

/** Count and SHA-256 of a log: one canonical line per event, in log order. */
export interface LogDigest {
  readonly count: number;
  readonly sha256: string;
}

/**
 * Folds entries into a digest. The hashed line is the same as an NDJSON archive's line, so the
 * checksum of an archive file equals the SHA-256 of the file itself, and `sha256sum` can check it.
 */
export class LogDigester {
  readonly #hash: Hash = createHash('sha256');
  #count = 0;

  add(entry: LogEntry): void {
    this.#hash.update(`${entryLine(entry)}\n`);
    this.#count++;
  }

  get count(): number {
    return this.#count;
  }

  digest(): LogDigest {
    return { count: this.#count, sha256: this.#hash.digest('hex') };
  }
}
