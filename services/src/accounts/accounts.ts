import type { LiveReadModel, UserRecord, UsersState } from '@kpi/projections';
import type { Channel } from '@kpi/schema';
import {
  accountStreams,
  almatyDate,
  CURRENT_SCHEMA_VERSION,
  type EventData,
  type FieldIssue,
  type RegionCode,
  type UserRole,
  validateEvent,
} from '@kpi/schema';
import type { EventStore, NewEvent, StreamWrite } from '../store/port.ts';
import { WrongExpectedRevisionError } from '../store/port.ts';
import { hashPassword, passwordProblem } from './password.ts';
import { Users } from './users.ts';

/** Who makes an account change: an administrator through the API, or the system at start-up. */
export interface AccountActor {
  readonly userId: string;
  readonly correlationId: string;
  readonly channel: Extract<Channel, 'api' | 'system'>;
}

export type AccountRefusal =
  | 'VALIDATION'
  | 'USERNAME_TAKEN'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'LAST_ADMINISTRATOR';

export type AccountOutcome =
  | { readonly ok: true; readonly user: UserRecord }
  | {
      readonly ok: false;
      readonly code: AccountRefusal;
      readonly message: string;
      readonly issues: FieldIssue[];
    };

export interface NewUserInput {
  readonly username: string;
  readonly displayName: string;
  readonly role: UserRole;
  readonly region: RegionCode | null;
  /** Null for an account that signs in only through the OpenID Connect provider. */
  readonly password: string | null;
}

interface Deps {
  readonly store: EventStore;
  readonly clock: () => Date;
  readonly newId: () => string;
  /** The projection runtime's users read model (`runtime.live('users')`), started. */
  readonly users: LiveReadModel<UsersState>;
}

const refuse = (code: AccountRefusal, message: string, issues: FieldIssue[] = []): AccountOutcome => ({
  ok: false,
  code,
  message,
  issues,
});

/** Issues from `validateEvent` name `data.<field>`; the forms know the field only. */
const invalid = (type: string, data: unknown): AccountOutcome | null => {
  const result = validateEvent(type, data);
  if (result.ok) return null;
  const issues = result.issues.map((i) => ({ ...i, path: i.path.replace(/^data\./, '') }));
  return refuse('VALIDATION', issues.map((i) => `${i.path}: ${i.message}`).join('; '), issues);
};

const passwordIssue = (password: string): AccountOutcome | null => {
  const problem = passwordProblem(password);
  return problem
    ? refuse('VALIDATION', `password: ${problem}`, [
        { path: 'password', code: 'weak_password', message: problem },
      ])
    : null;
};

/**
 * Account commands over the users read model. Each change is one event on `user-<id>`, appended
 * with the revision the model saw, so two administrators changing one account at once get one
 * success and one CONFLICT rather than a lost update. Each waits for the model to reach its own
 * event before answering, so the next request (list the users, sign in) sees the change.
 */
export class Accounts {
  readonly users: Users;
  readonly #deps: Deps;

  constructor(deps: Deps) {
    this.#deps = deps;
    this.users = new Users(deps.users);
  }

  async register(input: NewUserInput, actor: AccountActor): Promise<AccountOutcome> {
    const userId = this.#deps.newId();
    const occurredOn = almatyDate(this.#deps.clock());
    if (input.password !== null) {
      const weak = passwordIssue(input.password);
      if (weak) return weak;
    }
    const draft = {
      userId,
      username: input.username,
      displayName: input.displayName,
      role: input.role,
      region: input.region,
      occurredOn,
    };
    // Checked with a stand-in hash first: a refused input should not cost a slow hash.
    const placeholder = 'scrypt$1$1$1$AA==$AA==';
    const bad = invalid('UserRegistered', {
      ...draft,
      passwordHash: input.password === null ? null : placeholder,
    });
    if (bad) return bad;
    const username = input.username.trim().toLowerCase();
    if (this.users.byUsername(username)) return this.#taken(username);
    const passwordHash = input.password === null ? null : await hashPassword(input.password);
    const registered: EventData<'UserRegistered'> = {
      ...draft,
      username,
      displayName: input.displayName.trim(),
      passwordHash,
    };
    // The reservation goes first: the embedded store writes both or neither; EventStoreDB writes
    // stream by stream, where a failure after it leaves the name reserved for an account that
    // never came to be (the administrator picks another name) but never two accounts for one name.
    try {
      await this.#write([
        {
          streamId: accountStreams.username(username),
          expectedRevision: 'no_stream',
          events: [this.#event('UsernameReserved', { username, userId, occurredOn }, actor)],
        },
        {
          streamId: accountStreams.user(userId),
          expectedRevision: 'no_stream',
          events: [this.#event('UserRegistered', registered, actor)],
        },
      ]);
    } catch (error) {
      if (error instanceof WrongExpectedRevisionError) return this.#taken(username);
      throw error;
    }
    return { ok: true, user: this.users.byId(userId)! };
  }

  async grantRole(
    userId: string,
    role: UserRole,
    region: RegionCode | null,
    actor: AccountActor,
  ): Promise<AccountOutcome> {
    const user = this.users.byId(userId);
    if (!user) return this.#notFound(userId);
    const data = { userId, role, region, occurredOn: almatyDate(this.#deps.clock()) };
    const bad = invalid('UserRoleGranted', data);
    if (bad) return bad;
    // Granting what the account already has records nothing: a double click leaves one line in the history.
    if (user.role === role && user.region === region) return { ok: true, user };
    if (user.role === 'ADMINISTRATOR' && role !== 'ADMINISTRATOR' && this.#lastAdministrator(user)) {
      return refuse(
        'LAST_ADMINISTRATOR',
        'the last active administrator keeps the role: grant it to someone else first',
      );
    }
    return this.#change(user, 'UserRoleGranted', data, actor);
  }

  async resetPassword(userId: string, password: string, actor: AccountActor): Promise<AccountOutcome> {
    const user = this.users.byId(userId);
    if (!user) return this.#notFound(userId);
    const weak = passwordIssue(password);
    if (weak) return weak;
    const data = {
      userId,
      passwordHash: await hashPassword(password),
      occurredOn: almatyDate(this.#deps.clock()),
    };
    return this.#change(user, 'UserPasswordChanged', data, actor);
  }

  async deactivate(userId: string, reason: string, actor: AccountActor): Promise<AccountOutcome> {
    const user = this.users.byId(userId);
    if (!user) return this.#notFound(userId);
    if (!user.active) return { ok: true, user };
    const data = { userId, reason, occurredOn: almatyDate(this.#deps.clock()) };
    const bad = invalid('UserDeactivated', data);
    if (bad) return bad;
    if (user.role === 'ADMINISTRATOR' && this.#lastAdministrator(user)) {
      return refuse('LAST_ADMINISTRATOR', 'the last active administrator cannot be deactivated');
    }
    return this.#change(user, 'UserDeactivated', data, actor);
  }

  /**
   * Records that a session ended, so every replica (and this one after a restart) refuses its
   * token. Signing out twice records it once: the session's stream exists already.
   */
  async signOut(
    session: { readonly userId: string; readonly sessionId: string; readonly expiresAt: Date },
    actor: AccountActor,
  ): Promise<void> {
    if (this.users.sessionRevoked(session.sessionId)) return;
    const data = {
      userId: session.userId,
      sessionId: session.sessionId,
      expiresAt: session.expiresAt.toISOString(),
      occurredOn: almatyDate(this.#deps.clock()),
    };
    try {
      await this.#write([
        {
          streamId: accountStreams.session(session.sessionId),
          expectedRevision: 'no_stream',
          events: [this.#event('UserSignedOut', data, actor)],
        },
      ]);
    } catch (error) {
      if (!(error instanceof WrongExpectedRevisionError)) throw error;
    }
  }

  #lastAdministrator(user: UserRecord): boolean {
    return this.users.activeWithRole('ADMINISTRATOR').every((u) => u.userId === user.userId);
  }

  async #change(
    user: UserRecord,
    type: 'UserRoleGranted' | 'UserPasswordChanged' | 'UserDeactivated',
    data: unknown,
    actor: AccountActor,
  ): Promise<AccountOutcome> {
    try {
      await this.#write([
        {
          streamId: accountStreams.user(user.userId),
          expectedRevision: user.revision,
          events: [this.#event(type, data, actor)],
        },
      ]);
    } catch (error) {
      if (error instanceof WrongExpectedRevisionError) {
        return refuse('CONFLICT', 'the account was changed meanwhile: reload it and try again');
      }
      throw error;
    }
    return { ok: true, user: this.users.byId(user.userId)! };
  }

  #event(type: keyof typeof CURRENT_SCHEMA_VERSION, data: unknown, actor: AccountActor): NewEvent {
    const id = this.#deps.newId();
    return {
      id,
      type,
      data,
      metadata: {
        recordedAt: this.#deps.clock().toISOString(),
        submittedBy: actor.userId,
        region: null,
        submissionId: id,
        correlationId: actor.correlationId,
        channel: actor.channel,
        schemaVersion: CURRENT_SCHEMA_VERSION[type],
      },
    };
  }

  async #write(writes: StreamWrite[]): Promise<void> {
    const results = await this.#deps.store.appendMany(writes);
    await this.users.waitFor(Math.max(...results.map((r) => r.position)));
  }

  #taken(username: string): AccountOutcome {
    return refuse('USERNAME_TAKEN', `the username ${username} is taken`, [
      { path: 'username', code: 'taken', message: 'is taken' },
    ]);
  }

  #notFound(userId: string): AccountOutcome {
    return refuse('NOT_FOUND', `no user ${userId}`, [
      { path: 'userId', code: 'not_found', message: 'no such user' },
    ]);
  }
}
