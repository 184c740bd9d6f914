import type { StreamEvent } from '@kpi/projections';
import { accountStreams, type EventData, type RegionCode, type UserRole } from '@kpi/schema';
import { notFound, refuse } from './refusal.ts';
import type { DecidedEvent, StreamDecider } from './stream-decider.ts';

/**
 * Account commands, each decided against one stream: a registration against its username's
 * (which it reserves, so one name never names two accounts), a change against its user's, a
 * sign-out against its session's. Everything slow or outside happens before: the password is
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
  /** On a username's stream: the user it was reserved for. */
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
    case 'UsernameReserved':
      return { ...state, reservedFor: data.userId as string };
    case 'UserRegistered':
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
  const { username, userId, occurredOn } = data;
  // The reservation goes first, on the command's own stream; the user's stream is opened beside it.
  return [
    { type: 'UsernameReserved', data: { username, userId, occurredOn } },
    { type: 'UserRegistered', data, newStream: accountStreams.user(userId) },
  ];
};

const existing = (state: AccountState, userId: string): NonNullable<AccountState['user']> =>
  state.user ?? notFound('user', userId);

const keepLastAdministrator = (others: number, path: string, message: string): void => {
  if (others > 0) return;
  refuse({ kind: 'ValidationFailed', issues: [{ path, code: LAST_ADMINISTRATOR, message }] });
};

export const accountDecider: StreamDecider<AccountCommand, AccountState> = {
  initialState: initialAccountState,
  evolve: evolveAccount,
  decide: decideAccount,
};

/** The stream a command is decided against. */
export const accountStreamOf = (command: AccountCommand): string => {
  switch (command.type) {
    case 'RegisterUser':
      return accountStreams.username(command.data.username);
    case 'SignOut':
      return accountStreams.session(command.data.sessionId);
    default:
      return accountStreams.user(command.data.userId);
  }
};
