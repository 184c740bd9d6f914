import { UsageError } from '../../ops/cli-args.ts';

/**
 * A password for a command: from the given environment value, else one line of standard input.
 * Never a flag (shell history, process lists) and never a terminal (it would echo).
 */
export const readPassword = async (fromEnvironment: string | undefined): Promise<string> => {
  if (fromEnvironment) return fromEnvironment;
  if (process.stdin.isTTY) {
    throw new UsageError('pipe the password on standard input (a terminal would echo it)');
  }
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks)
    .toString('utf8')
    .replace(/\r?\n$/, '');
};
