import { z } from 'zod';
import { districtCode, districtName, districtPlacement } from '../districts.ts';
import { businessDate, entityId, text } from '../fields.ts';
import { REGION_CODES } from '../regions.ts';
import { POPULATION_GROUPS, SURVEY_METHODS } from '../vocabulary.ts';

/**
 * Outcome, not activity: citizens' perception measured by surveys, and the citizens received in
 * person. A survey covers a region or the whole country (`KZ`); a reception is held in a region.
 */
export const SURVEY_UNITS = ['KZ', ...REGION_CODES] as const;
export type SurveyUnit = (typeof SURVEY_UNITS)[number];

const placement = districtPlacement('unit');

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
    districtName: districtName.optional(),
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
  .refine(...placement);

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
    districtName: districtName.optional(),
    citizensReceived: count('citizens').min(0, { error: 'must not be negative' }),
    issuesRaised: count('issues').min(0, { error: 'must not be negative' }),
    occurredOn: businessDate,
  })
  .refine(...placement);

export const surveyStream = (surveyId: string): string => `survey-${surveyId}`;
export const receptionStream = (receptionId: string): string => `reception-${receptionId}`;
