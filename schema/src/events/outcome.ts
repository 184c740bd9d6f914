import { z } from 'zod';
import { centralBodyCode } from '../central-bodies.ts';
import {
  districtCode,
  districtIssue,
  districtName,
  districtNameIssue,
  districtPlacement,
} from '../districts.ts';
import { businessDate, entityId, regionCode, text } from '../fields.ts';
import { issueParams } from '../issue-codes.ts';
import { isRegionCode, REGION_CODES } from '../regions.ts';
import { POPULATION_GROUPS, SURVEY_METHODS } from '../vocabulary.ts';

/**
 * Outcome, not activity: citizens' perception measured by surveys, and the citizens received in
 * person. A survey covers a region or the whole country (`KZ`); a reception is held by a reporting
 * unit, a region or a central body.
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

const RECEPTION_UNIT_ERROR = 'must be a region code such as KZ-71 or a central body code such as MIN-HEALTH';

/** A reception's unit: a region's code, or a central body's (whose codes never begin with KZ-). */
const receptionUnit = z
  .string({ error: RECEPTION_UNIT_ERROR })
  .refine((code) => isRegionCode(code) || centralBodyCode.safeParse(code).success, {
    error: RECEPTION_UNIT_ERROR,
    params: issueParams('invalid_value'),
  })
  // What the refinement accepts, for readers of the JSON Schema.
  .meta({
    anyOf: [
      { enum: [...REGION_CODES] },
      { pattern: '^(?!KZ-)[A-Z][A-Z0-9]*(-[A-Z0-9]+)*$', minLength: 3, maxLength: 40 },
    ],
  });

type ReceptionPlace = {
  unit: string;
  region?: string | undefined;
  district?: string | undefined;
  districtName?: string | undefined;
};

/** The region a reception was held in: its unit when a region, or the region a central body's names (if any). */
export const receptionRegionOf = (d: { unit: string; region?: string | undefined }): string | null =>
  isRegionCode(d.unit) ? d.unit : (d.region ?? null);

/** A region's reception is held in its unit: naming another region (or its own again) is an error. */
const regionIssue = (d: ReceptionPlace): string | null =>
  d.region !== undefined && isRegionCode(d.unit)
    ? "is named only for a central body's reception; a region's is held in its own region"
    : null;

/** The district rule of `districtPlacement`, against the region the reception was held in. */
const receptionDistrictIssue = (d: ReceptionPlace): string | null => {
  if (d.district === undefined) return districtNameIssue(d.district, d.districtName);
  const region = receptionRegionOf(d);
  return region === null
    ? 'name the region the reception was held in before its district'
    : districtIssue(region, d.district);
};

/**
 * A reception of citizens held on a day by a unit: a region, or a central body, which may name the
 * region it was held in (and then a district of that region). Stream: its unit's, `unit-<unit>`.
 * Its figures are its unit's: a body's reception held in a region is not the region's work.
 */
export const CitizenReceptionHeldData = z
  .strictObject({
    receptionId: entityId,
    unit: receptionUnit,
    /** Where a central body's reception was held; absent for a region's (held in its unit) or a national one. */
    region: regionCode.optional(),
    district: districtCode.optional(),
    districtName: districtName.optional(),
    citizensReceived: count('citizens').min(0, { error: 'must not be negative' }),
    issuesRaised: count('issues').min(0, { error: 'must not be negative' }),
    occurredOn: businessDate,
  })
  .refine((d) => regionIssue(d) === null, {
    path: ['region'],
    params: issueParams('invalid_value'),
    error: (issue: { input: unknown }) => regionIssue(issue.input as ReceptionPlace) ?? 'is invalid',
  })
  .refine((d) => receptionDistrictIssue(d) === null, {
    path: ['district'],
    params: issueParams('invalid_district'),
    error: (issue: { input: unknown }) =>
      receptionDistrictIssue(issue.input as ReceptionPlace) ?? 'is invalid',
  });

export const surveyStream = (surveyId: string): string => `survey-${surveyId}`;
export const receptionStream = (receptionId: string): string => `reception-${receptionId}`;
