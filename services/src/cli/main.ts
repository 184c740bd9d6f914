#!/usr/bin/env node
// `pnpm --filter @kpi/services cli <command> [flags]`, or `kpi <command>` once installed.
import { COMMANDS } from './registry.ts';

const help = async (): Promise<string> => {
  const lines = await Promise.all(
    Object.entries(COMMANDS).map(async ([name, load]) => `  ${name.padEnd(16)} ${(await load()).summary}`),
  );
  return `usage: kpi <command> [flags]   (kpi <command> --help for its flags)\n\ncommands:\n${lines.join('\n')}\n`;
};

const [name, ...args] = process.argv.slice(2);
if (name === undefined || name === 'help' || name === '--help' || name === '-h') {
  process.stdout.write(await help());
  process.exit(name === undefined ? 2 : 0);
}
const load = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
if (!load) {
  process.stderr.write(`unknown command "${name}"\n\n${await help()}`);
  process.exit(2);
}
const command = await load();
if (args.includes('--help') || args.includes('-h')) {
  process.stdout.write(`${command.summary}\n\n${command.usage}\n`);
  process.exit(0);
}
process.exit(await command.run(args));
