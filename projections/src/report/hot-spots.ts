import { CAUSE_CATEGORY_CODES, REGION_CODES } from '@kpi/schema';
import { cutAt, type KpiReadModel, NO_DAY, parseDay, recurredColumn } from '../kpi/index.ts';
import type { ReviewRange } from './review-period.ts';

/** A scheme that came back: one organization, process and cause category, with its counts. */
export interface HotSpot {
  readonly region: string;
  readonly organization: string;
  readonly process: string;
  readonly causeCategory: string;
  /** Causes of this scheme removed in the period. */
  readonly removed: number;
  /** Of those, how many came back within 365 days (a new risk in the same scheme). */
  readonly recurred: number;
}

/**
 * Where removed causes came back most: the schemes (organization, process, cause category) of
 * the risks removed in the period in the unit's regions, ordered by recurrences, then by removals.
 */
export const recurrenceHotSpots = (
  model: KpiReadModel,
  query: {
    readonly range: ReviewRange;
    readonly regions: readonly string[] | null;
    readonly asOf: string | null;
    readonly limit: number;
  },
): HotSpot[] => {
  const { view } = cutAt(model, query.asOf);
  const recurred = recurredColumn(view);
  const r = view.risks;
  const from = parseDay(query.range.from);
  const to = parseDay(query.range.to);
  const regionIds = query.regions?.map((code) => REGION_CODES.indexOf(code as never));
  const spots = new Map<
    string,
    { org: number; proc: number; cause: number; region: number; removed: number; recurred: number }
  >();
  for (let i = 0; i < r.n; i++) {
    const removedOn = r.remDay[i]!;
    if (!r.valid[i] || removedOn === NO_DAY || removedOn < from || removedOn > to) continue;
    // A region's own work (its unit id is its index), not a central body's risk that names it.
    if (regionIds && !regionIds.includes(r.unit[i]!)) continue;
    const key = `${r.pair[i]}|${r.cause[i]}`;
    const spot = spots.get(key) ?? {
      org: r.org[i]!,
      proc: r.proc[i]!,
      cause: r.cause[i]!,
      region: r.region[i]!,
      removed: 0,
      recurred: 0,
    };
    spot.removed += 1;
    spot.recurred += recurred[i]!;
    spots.set(key, spot);
  }
  const { organizations, processes } = model.state;
  return [...spots.values()]
    .filter((s) => s.recurred > 0)
    .map((s) => ({
      region: REGION_CODES[s.region]!,
      organization: organizations.labels[s.org]!,
      process: processes.labels[s.proc]!,
      causeCategory: CAUSE_CATEGORY_CODES[s.cause]!,
      removed: s.removed,
      recurred: s.recurred,
    }))
    .sort(
      (a, b) =>
        b.recurred - a.recurred ||
        b.removed - a.removed ||
        a.organization.localeCompare(b.organization) ||
        a.process.localeCompare(b.process),
    )
    .slice(0, query.limit);
};
