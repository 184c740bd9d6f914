/** One version of a report's commentary, as recorded. */
export interface CommentaryVersion {
  readonly text: string;
  readonly writtenBy: string;
  readonly occurredOn: string;
  readonly recordedAt: string;
  readonly recordedMs: number;
}

/** A comment on a unit's figures, with when it was recorded and (if so) taken back. */
export interface FigureComment {
  readonly id: string;
  readonly unit: string;
  /** The day the comment is about: where its marker sits on a time axis. */
  readonly date: string;
  readonly text: string;
  readonly author: string;
  readonly occurredOn: string;
  readonly recordedAt: string;
  readonly recordedMs: number;
  /** When the withdrawal was recorded; +Infinity while it stands. */
  withdrawnMs: number;
}

/**
 * What the chair and analysts have said about the figures, bitemporally: every version of every
 * commentary (by `<unit>.<period>`) and every comment with the instant it was withdrawn, so that
 * a report "as known on" a day shows what was written by then.
 */
export interface AnnotationsState {
  readonly commentaries: Map<string, CommentaryVersion[]>;
  readonly comments: Map<string, FigureComment>;
  position: number;
}

export const emptyAnnotationsState = (): AnnotationsState => ({
  commentaries: new Map(),
  comments: new Map(),
  position: 0,
});
