import type {
  AnnotationEvent,
  FigureCommentAdded,
  FigureCommentWithdrawn,
  ReportCommentaryWritten,
} from '@kpi/schema';
import { figureCommentStream } from '@kpi/schema';
import type { DecidableOf } from './command.ts';
import { notFound, RuleIssues, refuse } from './refusal.ts';
import { isGovernedUnit, type UnitCatalogue, unknownBodyMessage } from './unit-catalogue.ts';

/** The review report's commentary for one unit and period: the text in force, if any. */
export type CommentaryState = { readonly text: string | null };
export const initialCommentaryState = (): CommentaryState => ({ text: null });

/** A comment on figures as its stream tells it. */
export type FigureCommentState =
  | { readonly exists: false }
  | { readonly exists: true; readonly writtenOn: string; readonly withdrawn: boolean };
export const initialFigureCommentState = (): FigureCommentState => ({ exists: false });

export const evolveCommentary = (
  _state: CommentaryState,
  event: ReportCommentaryWritten,
): CommentaryState => ({
  text: event.data.text,
});

export const evolveFigureComment = (
  state: FigureCommentState,
  event: Exclude<AnnotationEvent, ReportCommentaryWritten>,
): FigureCommentState => {
  switch (event.type) {
    case 'FigureCommentAdded':
      return { exists: true, writtenOn: event.data.occurredOn, withdrawn: false };
    case 'FigureCommentWithdrawn':
      return state.exists ? { ...state, withdrawn: true } : state;
    default: {
      const unknown: never = event;
      return unknown;
    }
  }
};

/** Writes (or rewrites) the commentary; the same text again changes nothing and is refused. */
export const writeReportCommentary = (
  command: DecidableOf<'WriteReportCommentary'>,
  state: CommentaryState,
): [ReportCommentaryWritten] => {
  const { data, now } = command;
  const issues = new RuleIssues();
  issues.notInFuture('occurredOn', data.occurredOn, now);
  if (state.text === data.text) issues.add('text', 'unchanged', 'the commentary already says this');
  issues.throwIfAny();
  return [{ type: 'ReportCommentaryWritten', data }];
};

/**
 * Adds a comment on a unit's figures at a date; neither the date nor the writing is in the
 * future, and a central body commented on is in the catalogue when decided.
 */
export const addFigureComment = (
  command: DecidableOf<'AddFigureComment'>,
  state: FigureCommentState,
  units: UnitCatalogue,
): [FigureCommentAdded] => {
  const { data, now } = command;
  if (state.exists) {
    refuse({
      kind: 'Conflict',
      message: `comment ${data.commentId} already exists`,
      streamId: figureCommentStream(data.commentId),
    });
  }
  const issues = new RuleIssues();
  if (!isGovernedUnit(units, data.unit)) {
    issues.add('unit', 'unknown_central_body', unknownBodyMessage(data.unit), { id: data.unit });
  }
  issues.notInFuture('occurredOn', data.occurredOn, now);
  issues.throwIfAny();
  return [{ type: 'FigureCommentAdded', data }];
};

/** Takes a comment back: once, and not dated before it was written. */
export const withdrawFigureComment = (
  command: DecidableOf<'WithdrawFigureComment'>,
  state: FigureCommentState,
): [FigureCommentWithdrawn] => {
  const { data, now } = command;
  if (!state.exists) return notFound('comment', data.commentId);
  const issues = new RuleIssues();
  if (state.withdrawn) issues.add('commentId', 'withdrawn', 'the comment is withdrawn already');
  issues.notInFuture('occurredOn', data.occurredOn, now);
  issues.notBefore('occurredOn', data.occurredOn, state.writtenOn, 'the day it was written');
  issues.throwIfAny();
  return [{ type: 'FigureCommentWithdrawn', data }];
};
