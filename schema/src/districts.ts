import { z } from 'zod';
import { text } from './fields.ts';
import { issueParams } from './issue-codes.ts';
import { isRegionCode, regionByCode } from './regions.ts';

/**
 * A district (or city of regional significance) by its KATO code: nine digits, beginning with the
 * KATO prefix of its region (the two digits of the region's ISO 3166-2:KZ code). No official list
 * of districts is shipped (no edition of the KATO classifier was at hand to copy with its source
 * and date, and codes written from memory would be wrong), so the code is checked by its form and
 * its region only, and the name the submitter gives travels beside it (it is shown, never checked).
 */
export const districtCode = z
  .string({ error: 'must be a KATO code of nine digits' })
  .regex(/^\d{9}$/, { error: 'must be a KATO code of nine digits' });

export const districtName = text(200);

/** The issue, if any, with a district given for a unit: it must lie in that region. */
export const districtIssue = (unit: string, district: string): string | null => {
  if (!isRegionCode(unit)) return 'a country-wide record names no district';
  const prefix = regionByCode(unit).kato;
  return district.startsWith(prefix) ? null : `must begin with ${prefix}, the KATO prefix of ${unit}`;
};

/** The issue, if any, with a district name: it is given only beside a code. */
export const districtNameIssue = (district: unknown, name: unknown): string | null =>
  name !== undefined && district === undefined ? 'is required when a district name is given' : null;

type Placed = { district?: string | undefined; districtName?: string | undefined };

/**
 * The one rule for where a record lies, as a plain refinement (not superRefine, so the store's
 * fast acceptor can mirror it) on the field that names its region (`unit` or `region`): a
 * district lies in that region, and a name comes with a code. Reported on `district`.
 */
export const districtPlacement = <K extends string>(regionField: K) => {
  const issueOf = (d: Placed & Record<K, string>): string | null =>
    d.district !== undefined
      ? districtIssue(d[regionField], d.district)
      : districtNameIssue(d.district, d.districtName);
  const check = (d: Placed & Record<K, string>) => issueOf(d) === null;
  const params = {
    path: ['district'],
    params: issueParams('invalid_district'),
    error: (issue: { input: unknown }) => issueOf(issue.input as Placed & Record<K, string>) ?? 'is invalid',
  };
  return [check, params] as const;
};
