import { type ChildProcess, spawn } from 'node:child_process';
import { resolve } from 'node:path';

const commandsDir = resolve(import.meta.dirname, '../cli/commands');

/** Runs one CLI command module in a child process, as `kpi <name> ...args` would. */
export const spawnCommand = (
  name: string,
  args: readonly string[],
  env: NodeJS.ProcessEnv = {},
): ChildProcess => {
  const url = new URL(`file://${resolve(commandsDir, `${name}.ts`)}`).href;
  const code = `const { run } = await import(${JSON.stringify(url)}); process.exitCode = await run(process.argv.slice(1));`;
  return spawn(process.execPath, ['--input-type=module', '-e', code, '--', ...args], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
};

export interface CommandOutcome {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
}

export const outcomeOf = (child: ChildProcess): Promise<CommandOutcome> =>
  new Promise((resolvePromise, reject) => {
    let stdout = '';
    let stderr = '';
    child.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk;
    });
    child.stderr?.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk;
    });
    child.once('error', reject);
    child.once('close', (code, signal) => resolvePromise({ code, signal, stdout, stderr }));
  });

export const runCommandChild = (name: string, args: readonly string[], env?: NodeJS.ProcessEnv) =>
  outcomeOf(spawnCommand(name, args, env));
