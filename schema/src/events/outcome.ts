import { z } from 'zod';
import { businessDate, entityId, text } from '../fields.ts';
import { isRegionCode, REGION_CODES, regionByCode } from '../regions.ts';
import { POPULATION_GROUPS, SURVEY_METHODS } from '../vocabulary.ts';

/**
 * Outcome, not activity: citizens' perception measured by surveys, and the citizens received in
 * person. A survey covers a region or the whole country (`KZ`); a reception is held in a region.
 */
export const SURVEY_UNITS = ['KZ', ...REGION_CODES] as const;
export type SurveyUnit = (typeof SURVEY_UNITS)[number];

/**
 * A district (or city of regional significance) by its KATO code: nine digits, beginning with the
 * KATO prefix of its region (the two digits of the region's ISO 3166-2:KZ code). No official list
 * of districts is held, so the code is checked by its form and its region only.
 */
export const districtCode = z
  .string({ error: 'must be a KATO code of nine digits' })
  .regex(/^\d{9}$/, { error: 'must be a KATO code of nine digits' });

/** The issue, if any, with a district given for a unit: it must lie in that region. */
export const districtIssue = (unit: string, district: string): string | null => {
  if (!isRegionCode(unit)) return 'a country-wide record names no district';
  const prefix = regionByCode(unit).kato;
  return district.startsWith(prefix) ? null : `must begin with ${prefix}, the KATO prefix of ${unit}`;
};

type Located = { unit: string; district?: string | undefined; districtName?: string | undefined };

/** The issue, if any, with where a record is placed: a district in its unit's region, a name with a code. */
const placementIssue = (d: Located): string | null => {
  if (d.district !== undefined) return districtIssue(d.unit, d.district);
  return d.districtName === undefined ? null : 'is required when a district name is given';
};

/** A plain refinement (not superRefine), so the store's fast acceptor can mirror it. */
const placement = {
  path: ['district'],
  error: (issue: { input: unknown }) => placementIssue(issue.input as Located) ?? 'is invalid',
};

const count = (what: string) =>
  z
    .number({ error: `must be a whole number of ${what}` })
    .int({ error: `must be a whole number of ${what}` })
    .max(100_000_000, { error: 'is too large' });

/**
 * A perception survey's results; `occurredOn` is the end of fieldwork (the business date).
 * Stream: its unit's, `unit-<region>`.
 */
export const PerceptionSurveyConductedData = z
  .strictObject({
    surveyId: entityId,
    unit: z.enum(SURVEY_UNITS, { error: 'must be KZ (the country) or a region code such as KZ-15' }),
    district: districtCode.optional(),
    districtName: text(200).optional(),
    group: z.enum(POPULATION_GROUPS, {
      error: 'must be CITIZENS, ENTREPRENEURS, STUDENTS or CIVIL_SERVANTS',
    }),
    respondents: count('respondents').min(1, { error: 'must be at least 1' }),
    facedCorruptionShare: z
      .number({ error: 'must be a fraction between 0 and 1' })
      .min(0, { error: 'must be a fraction between 0 and 1' })
      .max(1, { error: 'must be a fraction between 0 and 1' }),
    perceptionIndex: z
      .number({ error: 'must be a number between 0 and 100' })
      .min(0, { error: 'must be a number between 0 and 100' })
      .max(100, { error: 'must be a number between 0 and 100' }),
    method: z.enum(SURVEY_METHODS, { error: 'must be FACE_TO_FACE, TELEPHONE, ONLINE or MIXED' }),
    occurredOn: businessDate,
  })
  .refine((d) => placementIssue(d) === null, placement);

/** The survey was recorded in error: it counts nowhere, in no period. */
export const PerceptionSurveyWithdrawnData = z.strictObject({
  surveyId: entityId,
  reason: text(2000),
  occurredOn: businessDate,
});

/** A reception of citizens held on a day. Stream: its unit's, `unit-<region>`. */
export const CitizenReceptionHeldData = z
  .strictObject({
    receptionId: entityId,
    unit: z.enum(REGION_CODES, { error: 'must be an ISO 3166-2:KZ region code such as KZ-71' }),
    district: districtCode.optional(),
    districtName: text(200).optional(),
    citizensReceived: count('citizens').min(0, { error: 'must not be negative' }),
    issuesRaised: count('issues').min(0, { error: 'must not be negative' }),
    occurredOn: businessDate,
  })
  .refine((d) => placementIssue(d) === null, placement);

export const surveyStream = (surveyId: string): string => `survey-${surveyId}`;
export const receptionStream = (receptionId: string): string => `reception-${receptionId}`;
