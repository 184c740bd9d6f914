import { z } from 'zod';
import { centralBodyCode, centralBodyKind, centralBodyNames } from '../central-bodies.ts';
import { businessDate } from '../fields.ts';

/**
 * The administrator's changes to the catalogue of central state bodies, each on the body's own
 * stream `central-body-<code>`: a body the seeded catalogue lacks is added, and any body (seeded or
 * added) is renamed after a reorganisation. A body is never removed: its units' history stays.
 * KPIs never read these events; the catalogue read model does.
 */
export const CentralBodyAddedData = z.strictObject({
  code: centralBodyCode,
  kind: centralBodyKind,
  ...centralBodyNames,
  occurredOn: businessDate,
});

export const CentralBodyRenamedData = z.strictObject({
  code: centralBodyCode,
  ...centralBodyNames,
  occurredOn: businessDate,
});

export const centralBodyStreams = {
  body: (code: string) => `central-body-${code}`,
} as const;
