import type { LiveReadModel, UserRecord, UsersState } from '@kpi/projections';
import {
  accountStreams,
  almatyDate,
  type Channel,
  type FieldIssue,
  type RegionCode,
  seededCentralBody,
  type UserRole,
  validateEvent,
} from '@kpi/schema';
import {
  type AccountCommand,
  accountDecider,
  accountStreamsOf,
  LAST_ADMINISTRATOR,
} from '../commands/account-decider.ts';
import type { CommandServices } from '../commands/command-services.ts';
import { handleCommand } from '../commands/handle.ts';
import { streamCommand } from '../commands/stream-decider.ts';
import type { StreamCommandResult } from '../commands/stream-handle.ts';
import { submissionEntityId } from '../commands/submission-ids.ts';
import { unknownBodyMessage } from '../commands/unit-catalogue.ts';
import type { EventStore } from '../store/port.ts';
import { hashPassword, passwordProblem } from './password.ts';
import { Users } from './users.ts';

/** Who makes an account change: an administrator through the API, or the system at start-up. */
export interface AccountActor {
  readonly userId: string;
  /** Names the change for idempotency: the same submission again records nothing (a fresh one when absent). */
  readonly submissionId?: string;
  readonly correlationId: string;
  readonly channel: Extract<Channel, 'api' | 'system'>;
}

export type AccountRefusal =
  | 'VALIDATION'
  | 'USERNAME_TAKEN'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'LAST_ADMINISTRATOR'
  | 'SUBMISSION_REUSED';

export type AccountOutcome =
  /** `replayed`: this answers a resubmission, and nothing new was recorded. */
  | { readonly ok: true; readonly user: UserRecord; readonly replayed: boolean }
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
  /** A central body's code: a CENTRAL_BODY_OFFICER's one body, null (or absent) for every other role. */
  readonly centralBody?: string | null;
  /** Null for an account that signs in only through the OpenID Connect provider. */
  readonly password: string | null;
}

interface Deps {
  readonly store: EventStore;
  readonly clock: () => Date;
  readonly metrics?: CommandServices['metrics'];
  readonly newId: () => string;
  /** The projection runtime's users read model (`runtime.live('users')`), started. */
  readonly users: LiveReadModel<UsersState>;
  /**
   * Whether the catalogue of central state bodies (seeded, and as administrators extended it)
   * holds this code: an officer is bound only to a body that exists. Without it (a tool that runs
   * the users read model alone) the seeded catalogue is the one known.
   */
  readonly isCentralBody?: (code: string) => boolean;
}

/** The role and the unit it binds an account to. */
export interface RoleBinding {
  readonly role: UserRole;
  readonly region: RegionCode | null;
  readonly centralBody?: string | null;
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
 * Account commands over the users read model, each decided by the account decider against its
 * own stream through the one command path (`handleCommand`) and appended to that stream alone: a
 * registration to its username's stream, a change to `user-<id>` (decided on the registration the
 * username's stream holds), a sign-out to its session's. Each waits
 * for the read model to reach its own event before answering, so the next request (list the
 * users, sign in) sees the change.
 */
export class Accounts {
  readonly users: Users;
  readonly #deps: Deps;

  constructor(deps: Deps) {
    this.#deps = deps;
    this.users = new Users(deps.users);
  }

  async register(input: NewUserInput, actor: AccountActor): Promise<AccountOutcome> {
    const submissionId = this.#submissionOf(actor);
    // The same submission again names the same user, and so answers as the first time did.
    const userId = submissionEntityId(submissionId, 'user');
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
      centralBody: input.centralBody ?? null,
      occurredOn,
    };
    // Checked with a stand-in hash first: a refused input should not cost a slow hash.
    const placeholder = 'scrypt$1$1$1$AA==$AA==';
    const bad = invalid('UserRegistered', {
      ...draft,
      passwordHash: input.password === null ? null : placeholder,
    });
    if (bad) return bad;
    const unknownBody = this.#unknownCentralBody(draft.centralBody);
    if (unknownBody) return unknownBody;
    const username = input.username.trim().toLowerCase();
    // The submission names the user: used before for another name, it is another submission.
    const named = this.users.byId(userId);
    if (named && named.username !== username) return this.#reused(submissionId);
    const taken = this.users.byUsername(username);
    if (taken && taken.userId !== userId) return this.#taken(username);
    const passwordHash = input.password === null ? null : await hashPassword(input.password);
    const data = { ...draft, username, displayName: input.displayName.trim(), passwordHash };
    const result = await this.#submit({ type: 'RegisterUser', data }, actor, submissionId);
    if (result.kind === 'ValidationFailed' && result.issues.some((i) => i.code === 'taken')) {
      return this.#taken(username);
    }
    if (result.kind !== 'Succeeded') return this.#refusal(result, userId);
    if (result.replayed) {
      // A registration of the earlier layout reserved the name and wrote the user on the user's
      // own stream after it: the answer waits for that one too (the current layout has none).
      const [registered] = await this.#deps.store.readStream(accountStreams.user(userId), { maxCount: 1 });
      if (registered) await this.users.waitFor(registered.position);
    }
    return { ok: true, user: this.users.byId(userId)!, replayed: result.replayed };
  }

  async grantRole(userId: string, binding: RoleBinding, actor: AccountActor): Promise<AccountOutcome> {
    const { role, region } = binding;
    const centralBody = binding.centralBody ?? null;
    const data = { userId, role, region, centralBody, occurredOn: almatyDate(this.#deps.clock()) };
    const bad = invalid('UserRoleGranted', data) ?? this.#unknownCentralBody(centralBody);
    if (bad) return bad;
    return this.#change(
      { type: 'GrantRole', data, otherActiveAdministrators: this.#otherAdministrators(userId) },
      actor,
    );
  }

  /** A central body the catalogue does not hold is refused at the field, before anything is written. */
  #unknownCentralBody(code: string | null): AccountOutcome | null {
    const known = this.#deps.isCentralBody ?? ((body: string) => seededCentralBody(body) !== undefined);
    if (code === null || known(code)) return null;
    const message = unknownBodyMessage(code);
    return refuse('VALIDATION', `centralBody: ${message}`, [
      { path: 'centralBody', code: 'unknown_central_body', message },
    ]);
  }

  async resetPassword(userId: string, password: string, actor: AccountActor): Promise<AccountOutcome> {
    if (!this.users.byId(userId)) return this.#notFound(userId);
    const weak = passwordIssue(password);
    if (weak) return weak;
    const data = {
      userId,
      passwordHash: await hashPassword(password),
      occurredOn: almatyDate(this.#deps.clock()),
    };
    return this.#change({ type: 'ChangePassword', data }, actor);
  }

  async deactivate(userId: string, reason: string, actor: AccountActor): Promise<AccountOutcome> {
    const data = { userId, reason, occurredOn: almatyDate(this.#deps.clock()) };
    return this.#change(
      { type: 'DeactivateUser', data, otherActiveAdministrators: this.#otherAdministrators(userId) },
      actor,
    );
  }

  /**
   * Records that a session ended, so every replica (and this one after a restart) refuses its
   * token. Signing out twice records it once: the session's stream tells it ended.
   */
  async signOut(
    session: { readonly userId: string; readonly sessionId: string; readonly expiresAt: Date },
    actor: AccountActor,
  ): Promise<{ readonly replayed: boolean }> {
    // Without a submission id there is nothing to answer as before: an ended session stays ended.
    if (actor.submissionId === undefined && this.users.sessionRevoked(session.sessionId)) {
      return { replayed: false };
    }
    const data = {
      userId: session.userId,
      sessionId: session.sessionId,
      expiresAt: session.expiresAt.toISOString(),
      occurredOn: almatyDate(this.#deps.clock()),
    };
    const result = await this.#submit({ type: 'SignOut', data }, actor, this.#submissionOf(actor));
    if (result.kind !== 'Succeeded') {
      throw new Error(`signing out session ${session.sessionId} was refused: ${JSON.stringify(result)}`);
    }
    return { replayed: result.replayed };
  }

  /** Active administrators other than this user, as the read model knows them. */
  #otherAdministrators(userId: string): number {
    return this.users.activeWithRole('ADMINISTRATOR').filter((u) => u.userId !== userId).length;
  }

  async #change(command: AccountCommand, actor: AccountActor): Promise<AccountOutcome> {
    const userId = (command.data as { userId: string }).userId;
    const known = this.users.byId(userId);
    if (!known) return this.#notFound(userId);
    const result = await this.#submit(command, actor, this.#submissionOf(actor), known.username);
    if (result.kind !== 'Succeeded') return this.#refusal(result, userId);
    return { ok: true, user: this.users.byId(userId)!, replayed: result.replayed };
  }

  /** Through the one command path; the answer waits for the read model to reach what it recorded. */
  async #submit(
    command: AccountCommand,
    actor: AccountActor,
    submissionId: string,
    username?: string,
  ): Promise<StreamCommandResult> {
    const { streamId, foundedOn } = accountStreamsOf(command, username);
    const result = await handleCommand(
      this.#deps,
      actor,
      streamCommand(accountDecider, streamId, command, foundedOn),
      { submissionId, correlationId: actor.correlationId, channel: actor.channel },
    );
    if (result.kind === 'Succeeded') await this.users.waitFor(result.position);
    return result;
  }

  #submissionOf(actor: AccountActor): string {
    return actor.submissionId ?? this.#deps.newId();
  }

  #refusal(result: Exclude<StreamCommandResult, { kind: 'Succeeded' }>, userId: string): AccountOutcome {
    switch (result.kind) {
      case 'NotFound':
        return this.#notFound(userId);
      case 'Conflict':
        return refuse('CONFLICT', 'the account was changed meanwhile: reload it and try again');
      case 'ValidationFailed': {
        const last = result.issues.find((i) => i.code === LAST_ADMINISTRATOR);
        if (last) return refuse('LAST_ADMINISTRATOR', last.message);
        const issues = [...result.issues];
        return refuse('VALIDATION', issues.map((i) => `${i.path}: ${i.message}`).join('; '), issues);
      }
      case 'SubmissionReused':
        return this.#reused(result.submissionId);
      default:
        return refuse('VALIDATION', result.message);
    }
  }

  #reused(submissionId: string): AccountOutcome {
    return refuse(
      'SUBMISSION_REUSED',
      `submission ${submissionId} was already used for a different change; send it with a new submission id`,
      [{ path: 'submissionId', code: 'submission_reused', message: 'was used for a different change' }],
    );
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
