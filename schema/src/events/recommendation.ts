import { z } from 'zod';
import { centralBodyCode } from '../central-bodies.ts';
import { businessDate, entityId, regionCode, text } from '../fields.ts';
import { issueParams } from '../issue-codes.ts';

/** A recommendation to remove a risk, with a due date. Stream: its unit's, `unit-<region>` or `unit-<centralBody>`. */
export const RecommendationIssuedData = z
  .strictObject({
    recommendationId: entityId,
    riskId: entityId,
    region: regionCode,
    /** The central body it is submitted for, which is then its unit (`unitOf`); its region says where it sits. */
    centralBody: centralBodyCode.optional(),
    organization: text(300),
    text: text(5000),
    dueOn: businessDate,
    occurredOn: businessDate,
  })
  .refine((d) => d.dueOn >= d.occurredOn, {
    error: 'must not be before the date of issue',
    path: ['dueOn'],
    params: issueParams('before_start'),
  });

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
 * The recommendation was implemented by a transformation: a marker the earlier per-aggregate
 * layout wrote on the recommendation's own stream. No longer written (the unit's state learns the
 * implementation from ProcessTransformed) but still readable: old stores hold it,
 * `kpi migrate-layout` leaves it out, and the KPIs ignore it.
 */
export const RecommendationImplementedData = z.strictObject({
  recommendationId: entityId,
  transformationId: entityId,
  occurredOn: businessDate,
});
