import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { verifyPassword } from '../accounts/password.ts';
import { openEventStore } from '../store/open.ts';
import { openAccounts } from './commands/open-accounts.ts';

const MAIN = new URL('./main.ts', import.meta.url).pathname;

describe('kpi create-admin', () => {
  let dir: string;
  let sqlitePath: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'kpi-cli-'));
    sqlitePath = join(dir, 'events.sqlite');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const cli = (args: string[], options: { input?: string; env?: Record<string, string> } = {}) =>
    spawnSync(process.execPath, [MAIN, ...args], {
      input: options.input ?? '',
      encoding: 'utf8',
      env: { PATH: process.env.PATH ?? '', SQLITE_PATH: sqlitePath, DATA_DIR: dir, ...options.env },
    });

  const usersIn = async () => {
    const store = await openEventStore({ sqlitePath });
    const { accounts, close } = await openAccounts(store);
    const users = accounts.users.list();
    await close();
    await store.close();
    return users;
  };

  it('creates the first administrator with the password from standard input, once', async () => {
    const first = cli(['create-admin', '--username', 'Boss'], { input: 'a long enough secret\n' });
    expect(first.stderr).toBe('');
    expect(first.status).toBe(0);
    expect(first.stdout).toMatch(/created administrator boss/);
    const [boss] = await usersIn();
    expect(boss).toMatchObject({ username: 'boss', role: 'ADMINISTRATOR', active: true });
    expect(await verifyPassword('a long enough secret', boss!.passwordHash!)).toBe(true);

    const second = cli(['create-admin'], {
      env: { ADMIN_USERNAME: 'other', ADMIN_PASSWORD: 'another long secret' },
    });
    expect(second.status).toBe(1);
    expect(second.stderr).toMatch(/an administrator exists already/);
    expect(await usersIn()).toHaveLength(1);
  });

  it('takes ADMIN_USERNAME and ADMIN_PASSWORD, refuses a weak password and a missing username without writing', async () => {
    expect(cli(['create-admin', '--username', 'boss'], { input: 'short\n' })).toMatchObject({
      status: 2,
      stderr: expect.stringMatching(/at least 12 characters/),
    });
    expect(cli(['create-admin'], { input: 'long enough secret' })).toMatchObject({
      status: 2,
      stderr: expect.stringMatching(/--username is required/),
    });
    expect(await usersIn()).toHaveLength(0);
    const env = { ADMIN_USERNAME: 'boss', ADMIN_PASSWORD: 'long enough secret' };
    expect(cli(['create-admin'], { env }).status).toBe(0);
  });

  it('lists the commands and refuses an unknown one', () => {
    const help = cli(['help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/create-admin/);
    const unknown = cli(['make-coffee']);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toMatch(/unknown command "make-coffee"/);
  });

  it('resets a password from standard input, ending the old one', async () => {
    expect(cli(['create-admin', '--username', 'boss'], { input: 'the first long secret' }).status).toBe(0);
    const reset = cli(['reset-password', '--username', 'BOSS'], { input: 'the second long secret\n' });
    expect(reset.stderr).toBe('');
    expect(reset.status).toBe(0);
    const [boss] = await usersIn();
    expect(await verifyPassword('the second long secret', boss!.passwordHash!)).toBe(true);
    expect(await verifyPassword('the first long secret', boss!.passwordHash!)).toBe(false);
    expect(cli(['reset-password', '--username', 'nobody'], { input: 'the third long secret' })).toMatchObject(
      {
        status: 2,
        stderr: expect.stringMatching(/no account nobody/),
      },
    );
  });
});
