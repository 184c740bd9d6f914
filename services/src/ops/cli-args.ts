import { parseArgs } from 'node:util';

/** A command-line mistake: the message names the flag, and the command prints its usage with it. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

type Flags = Record<string, { type: 'string' | 'boolean' }>;

/** Parses `--name value` flags strictly: an unknown flag or a missing value is a UsageError. */
export const parseFlags = <T extends Flags>(args: readonly string[], flags: T) => {
  try {
    return parseArgs({ args: [...args], options: flags, strict: true, allowPositionals: false }).values;
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
};

export const requireFlag = (value: string | boolean | undefined, name: string): string => {
  if (typeof value !== 'string' || value.length === 0) throw new UsageError(`--${name} is required`);
  return value;
};

/**
 * Runs a command body: prints a UsageError with the usage text, any other error as one line,
 * and turns the outcome into an exit code.
 */
export const runCommand = async (usage: string, body: () => Promise<number>): Promise<number> => {
  try {
    return await body();
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`error: ${error.message}\n\n${usage}\n`);
      return 2;
    }
    process.stderr.write(`error: ${(error as Error).message}\n`);
    return 1;
  }
};
