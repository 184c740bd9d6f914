import { z } from 'zod';
import { businessDate, entityId, regionCode, text } from '../fields.ts';

/** A recommendation to remove a risk, with a due date. Stream: `recommendation-<recommendationId>`. */
export const RecommendationIssuedData = z
  .strictObject({
    recommendationId: entityId,
    riskId: entityId,
    region: regionCode,
    organization: text(300),
    text: text(5000),
    dueOn: businessDate,
    occurredOn: businessDate,
  })
  .refine((d) => d.dueOn >= d.occurredOn, { error: 'must not be before the date of issue', path: ['dueOn'] });

/** The recommendation will not be implemented (withdrawn by the agency or refused on grounds). */
export const RecommendationRejectedData = z.strictObject({
  recommendationId: entityId,
  reason: text(2000),
  occurredOn: businessDate,
});

/** The due date moved; the latest move is the one that counts. */
export const RecommendationDueDateMovedData = z.strictObject({
  recommendationId: entityId,
  dueOn: businessDate,
  reason: text(2000),
  occurredOn: businessDate,
});

/**
 * The recommendation was implemented by a transformation. Written on the recommendation's own
 * stream in the same append as the ProcessTransformed that names it, so that it is implemented
 * once and can no longer be rejected or rescheduled. KPIs count implementations from
 * ProcessTransformed and ignore this event.
 */
export const RecommendationImplementedData = z.strictObject({
  recommendationId: entityId,
  transformationId: entityId,
  occurredOn: businessDate,
});
