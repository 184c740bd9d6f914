import { z } from 'zod';
import { centralBodyCode } from './central-bodies.ts';
import { issueParams } from './issue-codes.ts';
import { isRegionCode, REGION_CODES } from './regions.ts';

/**
 * A reporting unit is a region or a central state body. Their codes never meet (a body's never
 * begins with `KZ-`), so one string names one unit and its stream `unit-<code>`.
 */
export const UNIT_KINDS = ['REGION', 'CENTRAL_BODY'] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];

/** What an event of the loop says about where it sits: always a region, and the body it is submitted for, if any. */
export interface UnitPlacement {
  readonly region: string;
  readonly centralBody?: string | undefined;
}

/**
 * The one rule naming an event's unit: a central body's when it names one (its region then only
 * says where in the country it sits), otherwise its region's.
 */
export const unitOf = (placement: UnitPlacement): string => placement.centralBody ?? placement.region;

export const unitKindOf = (unit: string): UnitKind => (isRegionCode(unit) ? 'REGION' : 'CENTRAL_BODY');

/** The whole country, beside the units. */
export const COUNTRY_UNIT = 'KZ';

/**
 * What the review report covers (with its schedules and commentary): the country or a region.
 * A central body has no report of its own, so these stay to the country and the regions.
 */
export const COUNTRY_AND_REGIONS = [COUNTRY_UNIT, ...REGION_CODES] as const;
export type CountryOrRegion = (typeof COUNTRY_AND_REGIONS)[number];
export const COUNTRY_OR_REGION_HINT = 'must be KZ (the country) or a region code such as KZ-15';

/**
 * A unit the chair governs by targets, alerts and comments: the country, a region, or a central
 * state body. A body is any code of a body's form here: the catalogue grows by events
 * (`CentralBodyAdded`), so whether a body exists is decided when the command is, against the
 * catalogue then, and an event stored with a body added later stays valid.
 */
export type GovernedUnit = CountryOrRegion | (string & {});
export const GOVERNED_UNIT_HINT =
  "must be KZ (the country), a region code such as KZ-15 or a central state body's code such as MIN-HEALTH";

export const isGovernedUnitForm = (unit: string): boolean =>
  unit === COUNTRY_UNIT || isRegionCode(unit) || centralBodyCode.safeParse(unit).success;

export const governedUnit = z
  .string({ error: GOVERNED_UNIT_HINT })
  .refine(isGovernedUnitForm, { error: GOVERNED_UNIT_HINT, params: issueParams('invalid_format') })
  // The JSON Schema says what the refinement checks: the codes of the country and the regions as
  // they are, a body's by its form (the catalogue of the day decides whether it exists).
  .meta({
    description: `KZ, a region's code, or a central state body's code from the catalogue: upper-case latin letters and digits joined by dashes, never beginning KZ-`,
    anyOf: [
      { enum: [...COUNTRY_AND_REGIONS] },
      { pattern: '^(?!KZ-)[A-Z][A-Z0-9]*(-[A-Z0-9]+)*$', minLength: 3, maxLength: 40 },
    ],
  });
