import type { RegionCode } from '@kpi/schema';

export const ROLES = ['CHAIR', 'ANALYST', 'REGIONAL_OFFICER', 'ADMINISTRATOR'] as const;
export type Role = (typeof ROLES)[number];

/** The signed-in caller, as established by authentication; null for anonymous callers. */
export interface Viewer {
  readonly userId: string;
  readonly username: string;
  readonly displayName: string;
  readonly role: Role;
  /** Set for regional officers only: the one region they may submit for and read. */
  readonly region: RegionCode | null;
}

/**
 * Who submits: what the command side needs of a viewer. Demo data and imports submit as an
 * officer without a full account view, so this is narrower than `Viewer`.
 */
export type Submitter = Pick<Viewer, 'userId' | 'role' | 'region'>;
