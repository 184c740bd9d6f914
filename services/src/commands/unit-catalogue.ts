import { COUNTRY_UNIT, isRegionCode, seededCentralBody } from '@kpi/schema';

/** What a decision knows of the units beyond its boundary: the catalogue of central bodies as it stands. */
export interface UnitCatalogue {
  isCentralBody(code: string): boolean;
}

/** The catalogue a new installation starts with, for callers given no read model. */
export const SEEDED_UNITS: UnitCatalogue = { isCentralBody: (code) => seededCentralBody(code) !== undefined };

/** The country, a region, or a body the catalogue holds: the units a chair governs. */
export const isGovernedUnit = (units: UnitCatalogue, unit: string): boolean =>
  unit === COUNTRY_UNIT || isRegionCode(unit) || units.isCentralBody(unit);

/** Said of a unit's code that names no body in the catalogue (the schema let its form through). */
export const unknownBodyMessage = (code: string): string =>
  `no central state body has the code ${code}: add it to the catalogue first`;
