import {
  CAUSE_CATEGORY_CODES,
  centralBodyCode,
  isRegionCode,
  REGION_CODES,
  RISK_SOURCE_CODES,
  SPHERE_CODES,
} from '@kpi/schema';
import { nameOfKey, normaliseName } from '../fold/names.ts';
import type { KpiState } from '../fold/state.ts';
import { REGION_UNITS, unitCount, unitIdOf } from '../fold/units.ts';
import { KpiQueryError } from './errors.ts';

/**
 * Filters as asked: each list is "any of these"; an absent or empty list does not filter. A region
 * (in `regions` or `units`) means the region's own work: a central body's risk that names the
 * region counts in the body's unit, not there (a risk sits in exactly one unit).
 */
export interface KpiFilter {
  readonly regions?: readonly string[] | null;
  /** Reporting units by code: a region's, or a central body's (one no event named yet matches nothing). */
  readonly units?: readonly string[] | null;
  readonly spheres?: readonly string[] | null;
  readonly organizations?: readonly string[] | null;
  readonly causeCategories?: readonly string[] | null;
  readonly sources?: readonly string[] | null;
  /** KATO codes of districts; a risk that names no district is in none of them. */
  readonly districts?: readonly string[] | null;
}

/** Filters as masks over dense ids; null lets everything through. */
export interface ResolvedFilter {
  /** Over unit ids (fold/units.ts): a region's id is its index among the regions. */
  readonly unit: Uint8Array | null;
  readonly sphere: Uint8Array | null;
  readonly cause: Uint8Array | null;
  readonly source: Uint8Array | null;
  readonly org: Uint8Array | null;
  /** Over district ids; id 0 (no district) is never asked for. */
  readonly district: Uint8Array | null;
}

const vocabularyMask = (
  codes: readonly string[],
  asked: readonly string[] | null | undefined,
  field: string,
) => {
  if (!asked || asked.length === 0) return null;
  const mask = new Uint8Array(codes.length);
  for (const code of asked) {
    const i = codes.indexOf(code);
    if (i < 0)
      throw new KpiQueryError('INVALID_FILTER', field, `unknown value "${code}"; known: ${codes.join(', ')}`);
    mask[i] = 1;
  }
  return mask;
};

const KATO = /^\d{9}$/;

/** Districts asked by KATO code: a code never seen matches nothing, a malformed one is refused. */
const districtMask = (state: KpiState, asked: readonly string[] | null | undefined): Uint8Array | null => {
  if (!asked || asked.length === 0) return null;
  const table = state.districts;
  const mask = new Uint8Array(table.count);
  for (const code of asked) {
    if (!KATO.test(code))
      throw new KpiQueryError(
        'INVALID_FILTER',
        'filter.districts',
        `"${code}" must be a KATO code of nine digits`,
      );
    const id = table.byCode.get(code);
    if (id !== undefined) mask[id] = 1;
  }
  return mask;
};

/** Regions asked, as units: a region's unit id is its index, so the mask only widens to every unit. */
const regionUnits = (state: KpiState, regions: Uint8Array | null): Uint8Array | null => {
  if (regions === null) return null;
  const mask = new Uint8Array(unitCount(state.bodies));
  mask.set(regions);
  return mask;
};

/** Units asked by code, as a mask over unit ids; a malformed code is refused. */
const unitMask = (state: KpiState, asked: readonly string[] | null | undefined): Uint8Array | null => {
  if (!asked || asked.length === 0) return null;
  const mask = new Uint8Array(unitCount(state.bodies));
  for (const code of asked) {
    if (!isRegionCode(code) && !centralBodyCode.safeParse(code).success)
      throw new KpiQueryError(
        'INVALID_FILTER',
        'filter.units',
        `"${code}" is neither a region's code (KZ-..) nor a central body's (such as MIN-HEALTH)`,
      );
    const id = unitIdOf(state.bodies, code);
    if (id !== undefined) mask[id] = 1;
  }
  return mask;
};

/** Both masks' units (null: no limit). */
const bothUnits = (a: Uint8Array | null, b: Uint8Array | null): Uint8Array | null => {
  if (a === null || b === null) return a ?? b;
  return a.map((v, u) => v & (b[u] ?? 0));
};

/**
 * The filter with the central bodies' units taken out: what a breakdown by region counts, since
 * a region's figures are its own work (a body's risk naming the region is the body's).
 */
export const regionsOwnWork = (state: KpiState, filter: ResolvedFilter): ResolvedFilter => {
  const regions = new Uint8Array(unitCount(state.bodies)).fill(1, 0, REGION_UNITS);
  return { ...filter, unit: bothUnits(filter.unit, regions) };
};

export const resolveFilter = (state: KpiState, filter: KpiFilter | null | undefined): ResolvedFilter => {
  const f = filter ?? {};
  let org: Uint8Array | null = null;
  if (f.organizations && f.organizations.length > 0) {
    const wanted = new Set(f.organizations.map(normaliseName));
    const names = state.organizations;
    org = new Uint8Array(names.count);
    for (let o = 0; o < names.count; o++) if (wanted.has(nameOfKey(names.keys[o]!))) org[o] = 1;
  }
  return {
    district: districtMask(state, f.districts),
    unit: bothUnits(
      regionUnits(state, vocabularyMask(REGION_CODES, f.regions, 'filter.regions')),
      unitMask(state, f.units),
    ),
    sphere: vocabularyMask(SPHERE_CODES, f.spheres, 'filter.spheres'),
    cause: vocabularyMask(CAUSE_CATEGORY_CODES, f.causeCategories, 'filter.causeCategories'),
    source: vocabularyMask(RISK_SOURCE_CODES, f.sources, 'filter.sources'),
    org,
  };
};
