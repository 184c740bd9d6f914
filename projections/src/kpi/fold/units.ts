import { REGION_CODES } from '@kpi/schema';

/**
 * Reporting units the KPIs have seen: the twenty regions, then the central bodies in the order
 * their first event arrived. A unit id below REGION_UNITS is the region of that index; a body's is
 * REGION_UNITS - 1 + its body id. Bodies are indexed as they appear, not from the catalogue: an
 * administrator adds bodies while the system runs, and the fold must not need to know them first.
 * Body id 0 is "no central body": a region's own work.
 */
export interface BodyTable {
  count: number;
  codes: string[];
  byCode: Map<string, number>;
}

export const NO_BODY = 0;
export const REGION_UNITS = REGION_CODES.length;

export const emptyBodies = (): BodyTable => ({ count: 1, codes: [''], byCode: new Map() });

/** The id of a body code, created when first seen. */
export const bodyId = (table: BodyTable, code: string): number => {
  let id = table.byCode.get(code);
  if (id === undefined) {
    id = table.count++;
    table.byCode.set(code, id);
    table.codes.push(code);
  }
  return id;
};

/** The unit of a thing in `region` submitted for `body` (NO_BODY: the region's own work). */
export const unitOfIds = (region: number, body: number): number =>
  body === NO_BODY ? region : REGION_UNITS - 1 + body;

/** How many unit ids a state's bodies make: the regions, then one per body seen. */
export const unitCount = (bodies: BodyTable): number => REGION_UNITS + bodies.count - 1;

/** The code of a unit id: a region's ISO code or a body's catalogue code. */
export const unitCode = (bodies: BodyTable, unit: number): string =>
  unit < REGION_UNITS ? REGION_CODES[unit]! : bodies.codes[unit - REGION_UNITS + 1]!;

/** The unit id of a code, or undefined for a body no event has named yet. */
export const unitIdOf = (bodies: BodyTable, code: string): number | undefined => {
  const region = REGION_CODES.indexOf(code as (typeof REGION_CODES)[number]);
  if (region >= 0) return region;
  const body = bodies.byCode.get(code);
  return body === undefined ? undefined : unitOfIds(0, body);
};
