import { type RegionCode, USER_ROLES, type UserRole } from '@kpi/schema';

/** The roles are the account events' own (the schema's), so a viewer's role is always one an account can hold. */
export const ROLES = USER_ROLES;
export type Role = UserRole;

/** The signed-in caller, as established by authentication; null for anonymous callers. */
export interface Viewer {
  readonly userId: string;
  readonly username: string;
  readonly displayName: string;
  readonly role: Role;
  /** Set for regional officers only: the one region they may submit for and read. */
  readonly region: RegionCode | null;
  /**
   * Set for central body officers only: the one central state body (its catalogue code) they
   * submit for and read. Absent is read as none.
   */
  readonly centralBody?: string | null;
}

/**
 * Who submits: what the command side needs of a viewer. Demo data and imports submit as an
 * officer without a full account view, so this is narrower than `Viewer`.
 */
export type Submitter = Pick<Viewer, 'userId' | 'role' | 'region' | 'centralBody'>;
