import { z } from 'zod';
import { businessDate, entityId, text } from '../fields.ts';
import { COUNTRY_AND_REGIONS, COUNTRY_OR_REGION_HINT, governedUnit } from '../units.ts';

/**
 * A review period the chair meets on: a year (`2026`), a third of a year (`2026-T2`, the
 * four-monthly review), a quarter (`2026-Q2`) or a month (`2026-03`).
 */
export const REVIEW_PERIOD_PATTERN = /^(19|20|21)\d{2}(-Q[1-4]|-T[1-3]|-(0[1-9]|1[0-2]))?$/;
export const REVIEW_PERIOD_HINT =
  'must be a year (2026), a third (2026-T2), a quarter (2026-Q2) or a month (2026-03)';

const reviewPeriod = z
  .string({ error: 'is required' })
  .regex(REVIEW_PERIOD_PATTERN, { error: REVIEW_PERIOD_HINT });
/** The review report is the country's or a region's, and so is its commentary. */
const reportUnit = z.enum(COUNTRY_AND_REGIONS, { error: COUNTRY_OR_REGION_HINT });

/**
 * The chair wrote the commentary of the review report for a unit and a period, before the
 * meeting; a later one replaces it. Stream: `commentary-<unit>.<period>`.
 */
export const ReportCommentaryWrittenData = z.strictObject({
  unit: reportUnit,
  period: reviewPeriod,
  text: text(4000),
  occurredOn: businessDate,
});

/**
 * A chair or an analyst annotated a unit's figures at a date ("new akim since 1 March"): the note
 * shows on series charts and in the report, with its author. Stream: `figure-comment-<id>`.
 */
export const FigureCommentAddedData = z.strictObject({
  commentId: entityId,
  // The country, a region or a central body (checked against the catalogue when decided).
  unit: governedUnit,
  /** The day the comment is about: where its marker sits on a time axis. */
  date: businessDate,
  text: text(500),
  occurredOn: businessDate,
});

/** The comment was taken back: it shows nowhere from then on (as known later). */
export const FigureCommentWithdrawnData = z.strictObject({
  commentId: entityId,
  occurredOn: businessDate,
});

export const commentaryStream = (key: { unit: string; period: string }): string =>
  `commentary-${key.unit}.${key.period}`;

/** The id a commentary is known by in answers: its unit and period. */
export const commentaryId = (key: { unit: string; period: string }): string => `${key.unit}.${key.period}`;

export const figureCommentStream = (commentId: string): string => `figure-comment-${commentId}`;
