import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { z } from 'zod';

/**
 * Where an interrupted migration resumes: the last source position whose chunk was committed,
 * and where the copy began in the destination (0 unless it was appended to a non-empty store).
 * Saved after every committed chunk by write-then-rename, so a crash leaves the old or the new
 * file, never half of one; a stale file only makes the next run re-check a little more.
 */
const CheckpointSchema = z.strictObject({
  from: z.string(),
  to: z.string(),
  sourcePosition: z.number().int().min(0),
  destinationStart: z.number().int().min(0),
  copied: z.number().int().min(0),
  updatedAt: z.string(),
});

export type MigrationCheckpoint = z.infer<typeof CheckpointSchema>;

export const loadCheckpoint = (path: string): MigrationCheckpoint | null => {
  if (!existsSync(path)) return null;
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new Error(`${path}: not a migration checkpoint (${(error as Error).message})`);
  }
  const parsed = CheckpointSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(`${path}: not a migration checkpoint (${issue.path.join('.')}: ${issue.message})`);
  }
  return parsed.data;
};

export const saveCheckpoint = (path: string, checkpoint: MigrationCheckpoint): void => {
  const temporary = `${path}.tmp`;
  writeFileSync(temporary, `${JSON.stringify(checkpoint, null, 2)}\n`);
  renameSync(temporary, path);
};
