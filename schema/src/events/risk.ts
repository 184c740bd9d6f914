import { z } from 'zod';
import { businessDate, causeCategory, entityId, regionCode, riskSource, sphere, text } from '../fields.ts';

/** A corruption risk (a cause) found in a process of an organization. Stream: its unit's, `unit-<region>`. */
export const RiskIdentifiedData = z.strictObject({
  riskId: entityId,
  region: regionCode,
  organization: text(300),
  process: text(300),
  sphere,
  causeCategory,
  source: riskSource,
  description: text(5000),
  occurredOn: businessDate,
});

/** The risk's classification corrected; it counts under the new one everywhere, past periods included. */
export const RiskReclassifiedData = z
  .strictObject({
    riskId: entityId,
    organization: text(300).optional(),
    process: text(300).optional(),
    sphere: sphere.optional(),
    causeCategory: causeCategory.optional(),
    source: riskSource.optional(),
    reason: text(2000),
    occurredOn: businessDate,
  })
  .refine(
    (d) => [d.organization, d.process, d.sphere, d.causeCategory, d.source].some((v) => v !== undefined),
    {
      error: 'name at least one of organization, process, sphere, causeCategory, source to change',
      path: ['sphere'],
    },
  );

/** The risk was entered in error: it leaves every KPI, every period. */
export const RiskWithdrawnData = z.strictObject({
  riskId: entityId,
  reason: text(2000),
  occurredOn: businessDate,
});

/**
 * The risk was removed by a transformation: a marker the earlier per-aggregate layout wrote on the
 * risk's own stream beside the ProcessTransformed that names it. No longer written (the unit's
 * state learns the removal from ProcessTransformed, in the same stream) but still readable: old
 * stores hold it, `kpi migrate-layout` leaves it out, and the KPIs ignore it.
 */
export const RiskRemovedData = z.strictObject({
  riskId: entityId,
  transformationId: entityId,
  occurredOn: businessDate,
});
