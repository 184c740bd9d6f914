import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * A hash of a package's source files (tests excluded). Used as a snapshot version: when the code
 * of a fold changes, snapshots written by the previous code are ignored and the read model is
 * rebuilt from the log, instead of trusting a state the new code would not have produced.
 */
/** `entryFile`: a file at the root of the package's sources, e.g. its resolved entry point. */
export const sourceFingerprint = (entryFile: string): string => {
  const root = dirname(entryFile);
  const hash = createHash('sha256');
  const files = (readdirSync(root, { recursive: true }) as string[])
    .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts'))
    .sort();
  for (const file of files) {
    hash.update(file);
    hash.update(readFileSync(join(root, file)));
  }
  return hash.digest('hex').slice(0, 16);
};
