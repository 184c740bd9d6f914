/**
 * `pnpm bench [name] [argument]`: runs every benchmark below, or just the named one (an argument,
 * such as the service bench's event count, goes to that one). A benchmark is a file
 * `<name>.bench.ts` beside this one that exports `run(): Promise<void>` and prints its results.
 */
const BENCHES = [
  'event-store',
  'sqlite-drivers',
  'import',
  'import-commands',
  'dashboard',
  'runtime',
  'kpi-queries',
  'alert-judgement',
  'service',
  'service-load',
];

const only = process.argv[2];
if (only !== undefined && !BENCHES.includes(only)) {
  console.error(`unknown benchmark "${only}"; known: ${BENCHES.join(', ')}`);
  process.exit(2);
}
for (const name of only ? [only] : BENCHES) {
  console.log(`\n## ${name}\n`);
  const bench = (await import(`./${name}.bench.ts`)) as { run(): Promise<void> };
  await bench.run();
}
