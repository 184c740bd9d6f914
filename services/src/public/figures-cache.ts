import type { PublicFigures } from '@kpi/projections';

/**
 * The public figures computed once per published instant and period. What was known at a past
 * instant never changes, so an entry is never stale; the bound only keeps memory small (a few
 * periods of the current hour, and of the previous one until they fall out).
 */
export class FiguresCache {
  private readonly entries = new Map<string, PublicFigures>();
  hits = 0;
  misses = 0;

  private readonly capacity: number;

  constructor(capacity = 32) {
    this.capacity = capacity;
  }

  get(asOf: Date, period: string, compute: () => PublicFigures): PublicFigures {
    const key = `${asOf.toISOString()}|${period}`;
    const cached = this.entries.get(key);
    if (cached) {
      this.hits += 1;
      return cached;
    }
    this.misses += 1;
    const figures = compute();
    if (this.entries.size >= this.capacity) this.entries.delete(this.entries.keys().next().value!);
    this.entries.set(key, figures);
    return figures;
  }
}
