import { commentaryId, type EventData } from '@kpi/schema';
import type { ProjectedEvent, Projection } from '../projection.ts';
import { type AnnotationsState, emptyAnnotationsState } from './state.ts';

export const ANNOTATION_EVENT_TYPES = [
  'ReportCommentaryWritten',
  'FigureCommentAdded',
  'FigureCommentWithdrawn',
] as const;

/** Folds commentary and comments on figures. Updates the state in place and returns it. */
export const evolveAnnotations = (state: AnnotationsState, event: ProjectedEvent): AnnotationsState => {
  const { recordedAt, submittedBy } = event.metadata;
  const recordedMs = Date.parse(recordedAt);
  switch (event.type) {
    case 'ReportCommentaryWritten': {
      const data = event.data as EventData<'ReportCommentaryWritten'>;
      const id = commentaryId(data);
      const versions = state.commentaries.get(id) ?? [];
      versions.push({
        text: data.text,
        writtenBy: submittedBy,
        occurredOn: data.occurredOn,
        recordedAt,
        recordedMs,
      });
      state.commentaries.set(id, versions);
      break;
    }
    case 'FigureCommentAdded': {
      const data = event.data as EventData<'FigureCommentAdded'>;
      state.comments.set(data.commentId, {
        id: data.commentId,
        unit: data.unit,
        date: data.date,
        text: data.text,
        author: submittedBy,
        occurredOn: data.occurredOn,
        recordedAt,
        recordedMs,
        withdrawnMs: Number.POSITIVE_INFINITY,
      });
      break;
    }
    case 'FigureCommentWithdrawn': {
      const data = event.data as EventData<'FigureCommentWithdrawn'>;
      const comment = state.comments.get(data.commentId);
      if (comment) comment.withdrawnMs = Math.min(comment.withdrawnMs, recordedMs);
      break;
    }
    default:
      return state;
  }
  state.position = event.position;
  return state;
};

export const annotationsProjection: Projection<AnnotationsState> = {
  name: 'annotations',
  canHandle: ANNOTATION_EVENT_TYPES,
  initialState: emptyAnnotationsState,
  evolve: evolveAnnotations,
};
