import { streamCategory, streams } from '@kpi/schema';
import type { EventStore } from '../../store/port.ts';
import type { LogEntry } from './log-entry.ts';

/**
 * Streams of the earlier layout whose events now live in their reporting unit's stream (and unit
 * streams themselves, renumbered with the rest should a store hold both).
 */
const UNIT_CATEGORIES = new Set([
  'risk',
  'recommendation',
  'transformation',
  'right',
  'survey',
  'reception',
  'unit',
]);

/** The earlier layout's markers: a transformation says what it removed and implemented. */
const MARKERS = new Set(['RiskRemoved', 'RecommendationImplemented']);

export class UnitLayoutError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UnitLayoutError';
  }
}

/**
 * Re-homes a log written by the per-aggregate layout (`risk-<id>`, `recommendation-<id>`, ...)
 * into the unit layout, read in log order from its start: an officer's event goes to its unit's
 * stream (`unit-<region>`, the region the submitter acted for) with the next revision there; the
 * markers are dropped; everything else (targets, accounts, charts) keeps its
 * stream and revision. Ids, types, data and metadata are kept as they are.
 */
export const unitLayout = (): ((entry: LogEntry) => LogEntry | null) => {
  const next = new Map<string, number>();
  return (entry) => {
    if (MARKERS.has(entry.type)) return null;
    if (!UNIT_CATEGORIES.has(streamCategory(entry.streamId))) return entry;
    const unit = unitOf(entry);
    const streamId = streams.unit(unit);
    const revision = next.get(streamId) ?? 0;
    next.set(streamId, revision + 1);
    return { ...entry, streamId, revision };
  };
};

const unitOf = (entry: LogEntry): string => {
  const data = entry.data as { region?: unknown; unit?: unknown };
  const unit = entry.metadata.region ?? data.region ?? data.unit;
  if (typeof unit !== 'string') {
    throw new UnitLayoutError(`event ${entry.id} (${entry.type}, ${entry.streamId}) names no reporting unit`);
  }
  return unit;
};

/**
 * Why the write side cannot work on this store, or null: a store written by the per-aggregate
 * layout holds its risks on `risk-<id>` streams, which the write side no longer reads (it would
 * find no risk to refer to). One indexed read: the first risk identified tells the layout.
 */
export const layoutProblem = async (store: EventStore): Promise<string | null> => {
  const [first] = await store.readAll({ maxCount: 1, eventTypes: ['RiskIdentified'] });
  if (first === undefined || streamCategory(first.streamId) === 'unit') return null;
  return `the store was written by the per-aggregate stream layout (${first.streamId}); copy it into the unit-stream layout with \`kpi migrate-layout --from <this store> --to <new store>\` and start on the copy`;
};
