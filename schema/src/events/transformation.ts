import { z } from 'zod';
import { centralBodyCode } from '../central-bodies.ts';
import { businessDate, entityId, regionCode, text, transformationKind } from '../fields.ts';
import { issueParams } from '../issue-codes.ts';

const distinct = (ids: readonly string[]) => new Set(ids).size === ids.length;

/**
 * A process was transformed: it removes the listed risks (the causes) and implements the listed
 * recommendations. Stream: its unit's, `unit-<region>` or `unit-<centralBody>`.
 */
export const ProcessTransformedData = z.strictObject({
  transformationId: entityId,
  region: regionCode,
  /** The central body it is submitted for, which is then its unit (`unitOf`); its region says where it sits. */
  centralBody: centralBodyCode.optional(),
  organization: text(300),
  process: text(300),
  kind: transformationKind,
  description: text(5000),
  removesRiskIds: z
    .array(entityId)
    .min(1, { error: 'must name at least one risk the transformation removes' })
    .max(500, { error: 'must name at most 500 risks' })
    .refine(distinct, { error: 'must not name a risk twice', params: issueParams('repeated') }),
  implementsRecommendationIds: z
    .array(entityId)
    .max(500, { error: 'must name at most 500 recommendations' })
    .refine(distinct, { error: 'must not name a recommendation twice', params: issueParams('repeated') })
    .default([]),
  occurredOn: businessDate,
});
