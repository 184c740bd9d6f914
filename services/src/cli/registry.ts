/**
 * Every `kpi <command>`: one file per command under `commands/`, exporting `summary`, `usage` and
 * `run(args)` (the exit code). Add a command with one line here. Modules load only when run, so
 * a command's dependencies cost nothing to the others.
 */
export interface CliCommand {
  readonly summary: string;
  readonly usage: string;
  run(args: readonly string[]): Promise<number>;
}

export const COMMANDS: Readonly<Record<string, () => Promise<CliCommand>>> = {
  backup: () => import('./commands/backup.ts'),
  'create-admin': () => import('./commands/create-admin.ts'),
  export: () => import('./commands/export.ts'),
  'import-ndjson': () => import('./commands/import-ndjson.ts'),
  migrate: () => import('./commands/migrate.ts'),
  'migrate-layout': () => import('./commands/migrate-layout.ts'),
  rebuild: () => import('./commands/rebuild.ts'),
  'reset-password': () => import('./commands/reset-password.ts'),
  restore: () => import('./commands/restore.ts'),
  seed: () => import('./commands/seed.ts'),
};
