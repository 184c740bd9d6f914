import { z } from 'zod';
import { businessDate, entityId, regionCode, rightRestoredKind, text } from '../fields.ts';

/** A citizen's or business's rights were restored. Stream: `right-<caseId>`. */
export const RightRestoredData = z.strictObject({
  caseId: entityId,
  region: regionCode,
  organization: text(300),
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
    .refine((n) => Number.isInteger(Math.round(n * 100)) && Math.abs(n * 100 - Math.round(n * 100)) < 1e-6, {
      error: 'must have at most two decimals',
    })
    .optional(),
  /** The risk this case revealed, where known. */
  riskId: entityId.optional(),
  description: text(5000),
  occurredOn: businessDate,
});
