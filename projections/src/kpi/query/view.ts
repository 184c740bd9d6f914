import type { KpiState } from '../fold/state.ts';
import { type EarlierColumns, earlierColumns, earlierViews } from './earlier-view.ts';
import { headViews } from './head-view.ts';
import { lastRecordedAt } from './recorded-instants.ts';
import type { KnowledgeView } from './view-types.ts';

export type { KnowledgeView, RecommendationView, RightView, RiskView } from './view-types.ts';

/**
 * Views already built for a state, by cut (the head is +Infinity), while the state has not moved:
 * a dashboard asks many numbers of one asOf at once. A few cuts are kept, the oldest dropped, and
 * the columns of a dropped earlier cut are written over by the next one built (earlier-view.ts):
 * a view is read within the query that asked for it, never kept beyond it.
 */
const VIEWS_KEPT = 4;
interface Built {
  version: number;
  views: Map<number, KnowledgeView>;
  /** The columns of each earlier cut kept, and those of one dropped, to be written over. */
  columns: Map<number, EarlierColumns>;
  spare: EarlierColumns | null;
}
const builtViews = new WeakMap<KpiState, Built>();

/** The view at `asOf` (ms since the epoch), or at the head when it is undefined or later than every event. */
export const knowledgeAt = (state: KpiState, asOf?: number): KnowledgeView => {
  const last = lastRecordedAt(state);
  const cut = asOf === undefined || asOf >= last ? Number.POSITIVE_INFINITY : asOf;
  let built = builtViews.get(state);
  if (!built || built.version !== state.version) {
    // The state moved: every view of it is dropped, and one's columns kept to be written over.
    const spare = built ? (built.columns.values().next().value ?? built.spare) : null;
    built = { version: state.version, views: new Map(), columns: new Map(), spare };
    builtViews.set(state, built);
  }
  const cached = built.views.get(cut);
  if (cached) return cached;
  if (built.views.size >= VIEWS_KEPT) {
    // The head is the view most asked for: drop the oldest earlier cut instead.
    const oldest = [...built.views.keys()].find((k) => k !== Number.POSITIVE_INFINITY);
    if (oldest !== undefined) {
      built.views.delete(oldest);
      built.spare = built.columns.get(oldest) ?? built.spare;
      built.columns.delete(oldest);
    }
  }
  let view: KnowledgeView;
  if (cut === Number.POSITIVE_INFINITY) {
    view = { state, asOf: cut, ...headViews(state), pairCount: state.pairs.count, memo: {} };
  } else {
    const columns = earlierColumns(state, built.spare);
    if (columns === built.spare) built.spare = null;
    built.columns.set(cut, columns);
    view = { state, asOf: cut, ...earlierViews(state, cut, columns), memo: {} };
  }
  built.views.set(cut, view);
  return view;
};
