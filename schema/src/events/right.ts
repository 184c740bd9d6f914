import { z } from 'zod';
import { centralBodyCode } from '../central-bodies.ts';
import { businessDate, entityId, regionCode, rightRestoredKind, sphere, text } from '../fields.ts';
import { issueParams } from '../issue-codes.ts';

// Checked even when other fields are wrong, so that a form shows every missing field at once.
const isObject = (payload: { value: unknown }): boolean =>
  typeof payload.value === 'object' && payload.value !== null;

const requiredWithoutRisk =
  (field: 'organization' | 'sphere') =>
  (d: {
    riskId?: string | undefined;
    organization?: string | undefined;
    sphere?: string | undefined;
  }): boolean =>
    d.riskId !== undefined || d[field] !== undefined;

/**
 * A citizen's or business's rights were restored. Stream: its unit's, `unit-<region>` or `unit-<centralBody>`. The case counts in its
 * own sphere and organization (within its region); where it names a risk it may leave them out and
 * counts in those of that risk. A case that names no risk must give both.
 */
export const RightRestoredData = z
  .strictObject({
    caseId: entityId,
    region: regionCode,
    /** The central body it is submitted for, which is then its unit (`unitOf`); its region says where it sits. */
    centralBody: centralBodyCode.optional(),
    /** The body that restored the right (or was made to), identified within the region. */
    organization: text(300).optional(),
    sphere: sphere.optional(),
    kind: rightRestoredKind,
    peopleCount: z
      .int({ error: 'must be a whole number' })
      .min(1, { error: 'must be at least 1' })
      .max(10_000_000),
    /** Money restored in KZT (tenge, two decimals at most), where known. */
    amountKzt: z
      .number({ error: 'must be a number' })
      .nonnegative({ error: 'must not be negative' })
      .max(1e15)
      .refine(
        (n) => Number.isInteger(Math.round(n * 100)) && Math.abs(n * 100 - Math.round(n * 100)) < 1e-6,
        {
          error: 'must have at most two decimals',
          params: issueParams('too_precise'),
        },
      )
      .optional(),
    /** The risk this case revealed, where known. */
    riskId: entityId.optional(),
    description: text(5000),
    occurredOn: businessDate,
  })
  .refine(requiredWithoutRisk('organization'), {
    error: 'is required when the case names no risk',
    path: ['organization'],
    params: issueParams('required'),
    when: isObject,
  })
  .refine(requiredWithoutRisk('sphere'), {
    error: 'is required when the case names no risk',
    path: ['sphere'],
    params: issueParams('required'),
    when: isObject,
  })
  // The rule above, for integrators reading the JSON Schema (zod does not translate refinements).
  .meta({ anyOf: [{ required: ['riskId'] }, { required: ['organization', 'sphere'] }] });
