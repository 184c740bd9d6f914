import type { StreamEvent } from '@kpi/projections';
import { accountStreams, type EventData, type RegionCode, type UserRole } from '@kpi/schema';
import { notFound, refuse } from './refusal.ts';
import type { DecidedEvent, StreamDecider } from './stream-decider.ts';

/**
 * Account commands, each decided against one stream and appended to it alone: a registration
 * against its username's, where the registration itself is recorded (so one name never names two
 * accounts, and creating the account is one single-stream append on every store), a change
 * against its user's (decided on the registration, read from the username's stream, then the
 * user's own events), a sign-out against its session's. Everything slow or outside happens before: the password is
 * hashed, the username normalised, "now" read and the user's id made by the caller; the number of
 * other active administrators is read from the users read model.
 */
export type AccountCommand =
  | { readonly type: 'RegisterUser'; readonly data: EventData<'UserRegistered'> }
  | {
      readonly type: 'GrantRole';
      readonly data: EventData<'UserRoleGranted'>;
      /** Active administrators besides this user, as the users read model knows them. */
      readonly otherActiveAdministrators: number;
    }
  | { readonly type: 'ChangePassword'; readonly data: EventData<'UserPasswordChanged'> }
  | {
      readonly type: 'DeactivateUser';
      readonly data: EventData<'UserDeactivated'>;
      readonly otherActiveAdministrators: number;
    }
  | { readonly type: 'SignOut'; readonly data: EventData<'UserSignedOut'> };

/** What one account stream tells: the username's holder, the user's role, or the session's end. */
export interface AccountState {
  /** On a username's stream: the user it names (registered there, or reserved in the earlier layout). */
  readonly reservedFor: string | null;
  /** On a user's stream: the account as it stands. */
  readonly user: {
    readonly role: UserRole;
    readonly region: RegionCode | null;
    readonly centralBody: string | null;
    readonly active: boolean;
  } | null;
  /** On a session's stream: the session ended. */
  readonly signedOut: boolean;
}

export const initialAccountState = (): AccountState => ({ reservedFor: null, user: null, signedOut: false });

export const evolveAccount = (state: AccountState, event: StreamEvent): AccountState => {
  const data = event.data as Record<string, unknown>;
  switch (event.type) {
    // The earlier layout reserved the name on its stream and registered the user on the user's.
    case 'UsernameReserved':
      return { ...state, reservedFor: data.userId as string };
    case 'UserRegistered':
      return {
        ...state,
        reservedFor: data.userId as string,
        user: {
          active: true,
          role: data.role as UserRole,
          region: data.region as RegionCode | null,
          centralBody: (data.centralBody as string | null | undefined) ?? null,
        },
      };
    case 'UserRoleGranted':
      return {
        ...state,
        user: {
          active: state.user?.active ?? true,
          role: data.role as UserRole,
          region: data.region as RegionCode | null,
          centralBody: (data.centralBody as string | null | undefined) ?? null,
        },
      };
    case 'UserDeactivated':
      return state.user ? { ...state, user: { ...state.user, active: false } } : state;
    case 'UserSignedOut':
      return { ...state, signedOut: true };
    default:
      return state;
  }
};

/** The field a refusal of the last administrator names, and what it says. */
export const LAST_ADMINISTRATOR = 'last_administrator';

export const decideAccount = (command: AccountCommand, state: AccountState): DecidedEvent[] => {
  switch (command.type) {
    case 'RegisterUser':
      return register(command.data, state);
    case 'GrantRole': {
      const user = existing(state, command.data.userId);
      // Granting what the account has records nothing: a double click leaves one line in the history.
      const { role, region, centralBody } = command.data;
      if (user.role === role && user.region === region && user.centralBody === (centralBody ?? null))
        return [];
      if (user.role === 'ADMINISTRATOR' && command.data.role !== 'ADMINISTRATOR') {
        keepLastAdministrator(
          command.otherActiveAdministrators,
          'role',
          'the last active administrator keeps the role: grant it to someone else first',
        );
      }
      return [{ type: 'UserRoleGranted', data: command.data }];
    }
    case 'ChangePassword':
      existing(state, command.data.userId);
      return [{ type: 'UserPasswordChanged', data: command.data }];
    case 'DeactivateUser': {
      const user = existing(state, command.data.userId);
      if (!user.active) return [];
      if (user.role === 'ADMINISTRATOR') {
        keepLastAdministrator(
          command.otherActiveAdministrators,
          'userId',
          'the last active administrator cannot be deactivated',
        );
      }
      return [{ type: 'UserDeactivated', data: command.data }];
    }
    case 'SignOut':
      // Signing out twice records it once.
      return state.signedOut ? [] : [{ type: 'UserSignedOut', data: command.data }];
    default: {
      const unknown: never = command;
      throw new Error(`unknown account command ${(unknown as { type: string }).type}`);
    }
  }
};

const register = (data: EventData<'UserRegistered'>, state: AccountState): DecidedEvent[] => {
  if (state.reservedFor !== null) {
    refuse({
      kind: 'ValidationFailed',
      issues: [{ path: 'username', code: 'taken', message: 'is taken' }],
    });
  }
  // One event on the username's stream: the name taken and the account created in one append.
  return [{ type: 'UserRegistered', data }];
};

const existing = (state: AccountState, userId: string): NonNullable<AccountState['user']> =>
  state.user ?? notFound('user', userId);

const keepLastAdministrator = (others: number, path: string, message: string): void => {
  if (others > 0) return;
  refuse({ kind: 'ValidationFailed', issues: [{ path, code: LAST_ADMINISTRATOR, message }] });
};

/**
 * The fields that make an account command what it is, as its first recorded event keeps them: not
 * the day, nor a password's hash (salted afresh on every try, so a retried reset is the same one).
 */
const SAME_FIELDS: Record<AccountCommand['type'], readonly string[]> = {
  RegisterUser: ['userId', 'username', 'displayName', 'role', 'region'],
  GrantRole: ['userId', 'role', 'region'],
  ChangePassword: ['userId'],
  DeactivateUser: ['userId', 'reason'],
  SignOut: ['userId', 'sessionId'],
};

/** The event each command records first. */
const RECORDS: Record<AccountCommand['type'], string> = {
  RegisterUser: 'UserRegistered',
  GrantRole: 'UserRoleGranted',
  ChangePassword: 'UserPasswordChanged',
  DeactivateUser: 'UserDeactivated',
  SignOut: 'UserSignedOut',
};

export const sameAccountSubmission = (command: AccountCommand, recorded: StreamEvent): boolean => {
  const data = command.data as Record<string, unknown>;
  const stored = recorded.data as Record<string, unknown>;
  // A registration of the earlier layout recorded the reservation first: its name and user.
  const earlier = command.type === 'RegisterUser' && recorded.type === 'UsernameReserved';
  if (!earlier && recorded.type !== RECORDS[command.type]) return false;
  const fields = earlier ? ['userId', 'username'] : SAME_FIELDS[command.type];
  return fields.every((field) => (data[field] ?? null) === (stored[field] ?? null));
};

export const accountDecider: StreamDecider<AccountCommand, AccountState> = {
  initialState: initialAccountState,
  evolve: evolveAccount,
  decide: decideAccount,
  sameSubmission: sameAccountSubmission,
};

/**
 * The stream a command is decided against and appended to, and, for a change to a user, the
 * username's stream its registration is read from first (`username` from the users read model).
 */
export const accountStreamsOf = (
  command: AccountCommand,
  username?: string,
): { readonly streamId: string; readonly foundedOn?: string } => {
  switch (command.type) {
    case 'RegisterUser':
      return { streamId: accountStreams.username(command.data.username) };
    case 'SignOut':
      return { streamId: accountStreams.session(command.data.sessionId) };
    default:
      return {
        streamId: accountStreams.user(command.data.userId),
        ...(username === undefined ? {} : { foundedOn: accountStreams.username(username) }),
      };
  }
};
