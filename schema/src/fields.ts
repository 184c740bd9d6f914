import { z } from 'zod';
import { REGION_CODES } from './regions.ts';
import {
  CAUSE_CATEGORY_CODES,
  RIGHT_RESTORED_KIND_CODES,
  RISK_SOURCE_CODES,
  SPHERE_CODES,
  TRANSFORMATION_KIND_CODES,
} from './vocabulary.ts';

/** A calendar day (Asia/Almaty business date), `YYYY-MM-DD`, that exists on the calendar. */
export const businessDate = z.iso.date({ error: 'must be a calendar date written YYYY-MM-DD' });

export const entityId = z.uuid({ error: 'must be a UUID' });

export const text = (max: number) =>
  z
    .string({ error: 'is required' })
    .trim()
    .min(1, { error: 'must not be empty' })
    .max(max, { error: `must be at most ${max} characters` });

export const regionCode = z.enum(REGION_CODES, {
  error: 'must be an ISO 3166-2:KZ region code such as KZ-71',
});
export const sphere = z.enum(SPHERE_CODES, { error: 'must be one of the spheres' });
export const causeCategory = z.enum(CAUSE_CATEGORY_CODES, { error: 'must be one of the cause categories' });
export const riskSource = z.enum(RISK_SOURCE_CODES, { error: 'must be one of the risk sources' });
export const transformationKind = z.enum(TRANSFORMATION_KIND_CODES, {
  error: 'must be one of the transformation kinds',
});
export const rightRestoredKind = z.enum(RIGHT_RESTORED_KIND_CODES, {
  error: 'must be one of the kinds of right restored',
});
