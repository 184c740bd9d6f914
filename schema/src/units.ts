import { isRegionCode } from './regions.ts';

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
