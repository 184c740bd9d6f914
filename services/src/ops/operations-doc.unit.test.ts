import { describe, expect, it } from 'vitest';
import { documentedVariables, readRepoFile } from './deployment-files.test-support.ts';

describe('docs/operations.md', () => {
  const guide = readRepoFile('docs/operations.md');

  it('explains every variable of .env.example in its configuration reference', () => {
    const rows = guide.split('\n').filter((line) => line.startsWith('| `'));
    const missing = [...documentedVariables(readRepoFile('.env.example'))].filter(
      (name) => !rows.some((row) => row.split('|')[1]!.includes(`\`${name}\``)),
    );
    expect(missing).toEqual([]);
  });

  it('shows every command it tells the operator to run as a registered command', () => {
    const registry = readRepoFile('services/src/cli/registry.ts');
    const used = new Set([...guide.matchAll(/\bkpi ([a-z][a-z-]+)/g)].map((m) => m[1]!));
    const unknown = [...used].filter(
      (name) => name !== 'help' && !registry.includes(`'${name}'`) && !registry.includes(`  ${name}:`),
    );
    expect(unknown).toEqual([]);
  });
});
