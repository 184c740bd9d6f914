import { z } from 'zod';
import { centralBodyCode } from '../central-bodies.ts';
import { districtCode, districtName, districtNameIssue, districtPlacement } from '../districts.ts';
import { businessDate, causeCategory, entityId, regionCode, riskSource, sphere, text } from '../fields.ts';
import { issueParams } from '../issue-codes.ts';

/**
 * A corruption risk (a cause) found in a process of an organization, optionally in a district of
 * its region (by the same rule as surveys and receptions). Stream: its unit's, `unit-<region>` or `unit-<centralBody>`.
 */
export const RiskIdentifiedData = z
  .strictObject({
    riskId: entityId,
    region: regionCode,
    /** The central body it is submitted for, which is then its unit (`unitOf`); its region says where it sits. */
    centralBody: centralBodyCode.optional(),
    district: districtCode.optional(),
    districtName: districtName.optional(),
    organization: text(300),
    process: text(300),
    sphere,
    causeCategory,
    source: riskSource,
    description: text(5000),
    occurredOn: businessDate,
  })
  .refine(...districtPlacement('region'));

const CHANGEABLE = ['organization', 'process', 'sphere', 'causeCategory', 'source', 'district'] as const;

/**
 * The risk's classification corrected; it counts under the new one everywhere, past periods
 * included. A new district must lie in the risk's region: the risk decider holds it to that, since
 * this event does not repeat the region.
 */
export const RiskReclassifiedData = z
  .strictObject({
    riskId: entityId,
    district: districtCode.optional(),
    districtName: districtName.optional(),
    organization: text(300).optional(),
    process: text(300).optional(),
    sphere: sphere.optional(),
    causeCategory: causeCategory.optional(),
    source: riskSource.optional(),
    reason: text(2000),
    occurredOn: businessDate,
  })
  .refine((d) => CHANGEABLE.some((field) => d[field] !== undefined), {
    error: `name at least one of ${CHANGEABLE.join(', ')} to change`,
    path: ['sphere'],
    params: issueParams('nothing_to_change'),
  })
  .refine((d) => districtNameIssue(d.district, d.districtName) === null, {
    error: 'is required when a district name is given',
    path: ['district'],
    params: issueParams('required'),
  });

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
