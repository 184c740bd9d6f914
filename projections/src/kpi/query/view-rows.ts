import { SPHERE_CODES } from '@kpi/schema';
import type { KpiState } from '../fold/state.ts';
import type { RiskView } from './view-types.ts';

/**
 * The rules of one row of a knowledge view (view.ts), shared by the views built whole for a cut
 * and the head's masks kept across appends (head-view.ts), so that both say the same.
 */

/** Never-withdrawn risks carry +Infinity, which must not count as withdrawn even at the head. */
export const withdrawnBy = (withdrawnAt: number, asOf: number): boolean =>
  withdrawnAt !== Number.POSITIVE_INFINITY && withdrawnAt <= asOf;

/** Identified and not withdrawn, as known at `asOf`. */
export const riskValidAt = (t: KpiState['risks'], i: number, asOf: number): 0 | 1 =>
  t.known[i]! && t.idAt[i]! <= asOf && !withdrawnBy(t.wdAt[i]!, asOf) ? 1 : 0;

/** Issued as known at `asOf`, and its risk valid in the view (`riskValid`). */
export const recommendationValidAt = (
  c: KpiState['recommendations'],
  j: number,
  asOf: number,
  riskValid: Uint8Array,
): 0 | 1 => {
  const r = c.risk[j]!;
  return c.known[j]! && c.issueAt[j]! <= asOf && r >= 0 && riskValid[r] ? 1 : 0;
};

/** The columns of the rights view (RightView without its count), written row by row. */
export interface RightColumns {
  readonly valid: Uint8Array;
  readonly risk: Int32Array;
  readonly sphere: Uint8Array;
  readonly org: Int32Array;
}

/** Writes case `k` of the rights view at `asOf` into `out`, given the risks' view. */
export const rightRowAt = (
  state: KpiState,
  k: number,
  asOf: number,
  risks: Pick<RiskView, 'sphere' | 'org'>,
  out: RightColumns,
): void => {
  const t = state.rights;
  const r = state.risks;
  out.valid[k] = 0;
  out.risk[k] = -1;
  out.sphere[k] = SPHERE_CODES.length;
  out.org[k] = -1;
  if (t.at[k]! > asOf) return;
  const i = t.risk[k]!;
  const identified = i >= 0 && r.known[i]! && r.idAt[i]! <= asOf;
  // A case that names only a withdrawn risk refers only to it: it counts nowhere.
  if (identified && withdrawnBy(r.wdAt[i]!, asOf)) return;
  // Its own sphere and organization where given, else its risk's as known at asOf.
  const ownSphere = t.sphere[k]!;
  if (ownSphere >= 0) out.sphere[k] = ownSphere;
  else if (identified) out.sphere[k] = risks.sphere[i]!;
  const o = t.org[k]! >= 0 ? t.org[k]! : identified ? risks.org[i]! : -1;
  // The write side refuses a case that names neither an organization nor a known risk.
  if (o < 0) return;
  out.org[k] = o;
  out.valid[k] = 1;
  if (identified) out.risk[k] = i;
};
