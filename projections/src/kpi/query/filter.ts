import { CAUSE_CATEGORY_CODES, REGION_CODES, RISK_SOURCE_CODES, SPHERE_CODES } from '@kpi/schema';
import { nameOfKey, normaliseName } from '../fold/names.ts';
import type { KpiState } from '../fold/state.ts';
import { KpiQueryError } from './errors.ts';

/** Filters as asked: each list is "any of these"; an absent or empty list does not filter. */
export interface KpiFilter {
  readonly regions?: readonly string[] | null;
  readonly spheres?: readonly string[] | null;
  readonly organizations?: readonly string[] | null;
  readonly causeCategories?: readonly string[] | null;
  readonly sources?: readonly string[] | null;
  /** KATO codes of districts; a risk that names no district is in none of them. */
  readonly districts?: readonly string[] | null;
}

/** Filters as masks over dense ids; null lets everything through. */
export interface ResolvedFilter {
  readonly region: Uint8Array | null;
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
    region: vocabularyMask(REGION_CODES, f.regions, 'filter.regions'),
    sphere: vocabularyMask(SPHERE_CODES, f.spheres, 'filter.spheres'),
    cause: vocabularyMask(CAUSE_CATEGORY_CODES, f.causeCategories, 'filter.causeCategories'),
    source: vocabularyMask(RISK_SOURCE_CODES, f.sources, 'filter.sources'),
    org,
  };
};
