import { unitLayout } from '../../ops/migration/unit-layout.ts';
import { runMigration } from './migrate.ts';

export const usage = `usage: kpi migrate-layout --from <store> --to <store> [--checkpoint <file>] [--append-to-nonempty]

Copies a store written by the per-aggregate layout (risk-<id>, recommendation-<id>,
transformation-<id>, right-<id>, survey-<id>, reception-<id>) into the unit layout the write side
now reads: every officer's event goes to its reporting unit's one stream (unit-<region>), in log
order, with the same event id, type, business date, data and metadata; the RiskRemoved and
RecommendationImplemented markers are left out (ProcessTransformed says the same). Targets,
accounts and charts keep their streams. A store is a SQLite file path or an EventStoreDB
connection string. Interrupted, it resumes where it stopped when run again. Ends by checking that
every event but the markers is in the destination, in its unit stream, in order (count and
SHA-256 of both sides).

  --checkpoint <file>     progress file (default: <destination file>.migration.json)
  --append-to-nonempty    copy into a store that already holds other events`;

export const summary = 'copy a store into the unit-stream layout, dropping the marker events, resumably';

export const run = (args: readonly string[]): Promise<number> => runMigration(usage, args, unitLayout);
