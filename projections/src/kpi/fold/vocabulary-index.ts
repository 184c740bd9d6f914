import { CAUSE_CATEGORY_CODES, REGION_CODES, RISK_SOURCE_CODES, SPHERE_CODES } from '@kpi/schema';

/** Dense indices of the closed vocabularies, in the order the schema lists them. */
const indexOf = (codes: readonly string[]): Map<string, number> => new Map(codes.map((c, i) => [c, i]));

export const REGION_INDEX = indexOf(REGION_CODES);
export const SPHERE_INDEX = indexOf(SPHERE_CODES);
export const CAUSE_INDEX = indexOf(CAUSE_CATEGORY_CODES);
export const SOURCE_INDEX = indexOf(RISK_SOURCE_CODES);

export const codeIndex = (index: Map<string, number>, code: string, field: string): number => {
  const i = index.get(code);
  if (i === undefined) throw new Error(`unknown ${field} "${code}"`);
  return i;
};
