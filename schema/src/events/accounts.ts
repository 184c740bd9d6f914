import { z } from 'zod';
import { centralBodyCode } from '../central-bodies.ts';
import { businessDate, entityId, regionCode, text } from '../fields.ts';
import { issueParams } from '../issue-codes.ts';

/**
 * Accounts are recorded as events like everything else, so "who granted what, when" is read from
 * the log (the administrator is the event's `submittedBy`). Streams: `username-<username>` holds
 * the registration (appended with expected revision no_stream, which makes usernames unique
 * without a lock, in one single-stream append), `user-<userId>` the account's later changes. An
 * earlier layout reserved the name (`UsernameReserved`) and registered the user on `user-<userId>`;
 * both layouts read the same.
 */
/** A DEPUTY_CHAIR governs as the chair does (targets, commentary, alerts, schedules) but administers no one. */
/** A CENTRAL_BODY_OFFICER submits for one central state body, as a regional officer does for a region. */
export const USER_ROLES = [
  'CHAIR',
  'DEPUTY_CHAIR',
  'ANALYST',
  'REGIONAL_OFFICER',
  'CENTRAL_BODY_OFFICER',
  'ADMINISTRATOR',
] as const;
export type UserRole = (typeof USER_ROLES)[number];

export const userRole = z.enum(USER_ROLES, {
  error: 'must be one of CHAIR, DEPUTY_CHAIR, ANALYST, REGIONAL_OFFICER, CENTRAL_BODY_OFFICER, ADMINISTRATOR',
});

export const username = z
  .string({ error: 'is required' })
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9][a-z0-9._-]{2,63}$/, {
    error: 'must be 3-64 characters: latin letters, digits, dot, dash or underscore',
  });

/** A slow, salted hash (`scrypt$N$r$p$salt$hash`); never a password. */
export const passwordHash = z
  .string()
  .max(500)
  .regex(/^scrypt\$\d+\$\d+\$\d+\$[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+$/, { error: 'must be a scrypt hash' });

/**
 * The unit an officer is bound to. `centralBody` is absent on accounts recorded before central
 * bodies reported (read as none), so those events stay valid as written.
 */
const roleBinding = {
  role: userRole,
  region: regionCode.nullable(),
  centralBody: centralBodyCode.nullable().optional(),
};

/** A regional officer is bound to exactly one region; the other roles see the whole country. */
export const regionMatchesRole = <T extends { role: UserRole; region: string | null }>(d: T) =>
  d.role === 'REGIONAL_OFFICER' ? d.region !== null : d.region === null;
const regionRule = {
  error: 'a regional officer needs exactly one region; other roles have none',
  path: ['region'],
  params: issueParams('region_role'),
};

/** A central body's officer is bound to exactly one body (the catalogue's code); no other role has one. */
export const centralBodyMatchesRole = <T extends { role: UserRole; centralBody?: string | null | undefined }>(
  d: T,
) =>
  d.role === 'CENTRAL_BODY_OFFICER' ? (d.centralBody ?? null) !== null : (d.centralBody ?? null) === null;
const centralBodyRule = {
  error: "a central body's officer needs exactly one central body; other roles have none",
  path: ['centralBody'],
};

export const UserRegisteredData = z
  .strictObject({
    userId: entityId,
    username,
    displayName: text(200),
    ...roleBinding,
    /** Null for accounts that sign in only through the external OpenID Connect provider. */
    passwordHash: passwordHash.nullable(),
    occurredOn: businessDate,
  })
  .refine(regionMatchesRole, regionRule)
  .refine(centralBodyMatchesRole, centralBodyRule);

export const UserRoleGrantedData = z
  .strictObject({ userId: entityId, ...roleBinding, occurredOn: businessDate })
  .refine(regionMatchesRole, regionRule)
  .refine(centralBodyMatchesRole, centralBodyRule);

export const UserPasswordChangedData = z.strictObject({
  userId: entityId,
  passwordHash,
  occurredOn: businessDate,
});

export const UserDeactivatedData = z.strictObject({
  userId: entityId,
  reason: text(2000),
  occurredOn: businessDate,
});

export const UsernameReservedData = z.strictObject({
  username,
  userId: entityId,
  occurredOn: businessDate,
});

/**
 * A session token ended before it expired (its holder signed out). Recorded in the log so that
 * every API replica tailing it, and the same process after a restart, refuses the token; kept
 * in memory only until `expiresAt`, after which the token is refused anyway.
 */
export const UserSignedOutData = z.strictObject({
  userId: entityId,
  /** The token's id (`jti`), never the token itself. */
  sessionId: entityId,
  expiresAt: z.iso.datetime({ error: 'must be an ISO date-time' }),
  occurredOn: businessDate,
});

/** Sessions get a stream each (appended with no_stream): a sign-out never races an account change. */
export const accountStreams = {
  user: (userId: string) => `user-${userId}`,
  username: (name: string) => `username-${name}`,
  session: (sessionId: string) => `session-${sessionId}`,
} as const;

export const ACCOUNT_EVENT_TYPES = [
  'UserRegistered',
  'UserRoleGranted',
  'UserPasswordChanged',
  'UserDeactivated',
  'UsernameReserved',
  'UserSignedOut',
] as const;
export type AccountEventType = (typeof ACCOUNT_EVENT_TYPES)[number];
