import { commentaryId } from '@kpi/schema';
import type { AnnotationsState, CommentaryVersion, FigureComment } from './state.ts';

/** The commentary of a unit and period as recorded by `asOfMs` (absent: as known now), or null. */
export const commentaryAsOf = (
  state: AnnotationsState,
  key: { readonly unit: string; readonly period: string },
  asOfMs?: number | null,
): CommentaryVersion | null => {
  const cut = asOfMs ?? Number.POSITIVE_INFINITY;
  return state.commentaries.get(commentaryId(key))?.findLast((v) => v.recordedMs <= cut) ?? null;
};

export interface FigureCommentsQuery {
  /** The units whose comments are wanted (KZ for the country's); all when absent. */
  readonly units?: readonly string[] | null;
  /** Only comments about a day in `from..to` (both included). */
  readonly from?: string | null;
  readonly to?: string | null;
  readonly asOfMs?: number | null;
}

export type FigureCommentView = Omit<FigureComment, 'withdrawnMs'>;

/**
 * The comments standing at `asOfMs` (recorded by then, not withdrawn by then), by the day they
 * are about, then by recording.
 */
export const figureCommentsAsOf = (
  state: AnnotationsState,
  query: FigureCommentsQuery = {},
): FigureCommentView[] => {
  const cut = query.asOfMs ?? Number.POSITIVE_INFINITY;
  const out: FigureCommentView[] = [];
  for (const { withdrawnMs, ...comment } of state.comments.values()) {
    // A standing comment's withdrawal is +Infinity, which must not count as withdrawn as known now.
    const withdrawn = withdrawnMs !== Number.POSITIVE_INFINITY && withdrawnMs <= cut;
    if (comment.recordedMs > cut || withdrawn) continue;
    if (query.units && !query.units.includes(comment.unit)) continue;
    if (query.from && comment.date < query.from) continue;
    if (query.to && comment.date > query.to) continue;
    out.push(comment);
  }
  return out.sort((a, b) => (a.date === b.date ? a.recordedMs - b.recordedMs : a.date < b.date ? -1 : 1));
};
