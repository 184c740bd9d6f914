import { describe, expect, it } from 'vitest';
import { readRepoFile } from './deployment-files.test-support.ts';

interface Stage {
  readonly name: string;
  readonly from: string;
  readonly instructions: { readonly keyword: string; readonly args: string }[];
}

/** The Dockerfile's stages with their instructions (continuation lines joined, comments dropped). */
const stagesOf = (text: string): Stage[] => {
  const logical = text
    .replace(/\\\r?\n/g, ' ')
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'));
  const stages: { name: string; from: string; instructions: Stage['instructions'][number][] }[] = [];
  for (const line of logical) {
    const [keyword, ...rest] = line.split(/\s+/);
    const args = rest.join(' ');
    if (keyword!.toUpperCase() === 'FROM') {
      const match = /^(\S+)(?:\s+AS\s+(\S+))?$/i.exec(args)!;
      stages.push({ name: match[2] ?? String(stages.length), from: match[1]!, instructions: [] });
    } else stages[stages.length - 1]?.instructions.push({ keyword: keyword!.toUpperCase(), args });
  }
  return stages;
};

describe('Dockerfile', () => {
  const stages = stagesOf(readRepoFile('Dockerfile'));
  const byName = new Map(stages.map((s) => [s.name, s]));
  const runtime = stages[stages.length - 1]!;
  const all = (stage: Stage, keyword: string) => stage.instructions.filter((i) => i.keyword === keyword);

  it('builds in stages, on Node.js 24 slim, ending with the runtime stage', () => {
    expect(stages.map((s) => s.name)).toEqual(['base', 'deps', 'build', 'prod-deps', 'runtime']);
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a Dockerfile build argument, literally
    const slim = 'node:${NODE_VERSION}-bookworm-slim';
    expect(byName.get('base')!.from).toBe(slim);
    expect(runtime.from).toBe(slim);
    expect(readRepoFile('Dockerfile')).toMatch(/^ARG NODE_VERSION=24$/m);
  });

  it('copies only from stages that exist', () => {
    for (const stage of stages) {
      for (const copy of all(stage, 'COPY')) {
        const from = /--from=(\S+)/.exec(copy.args)?.[1];
        if (from) expect(byName.has(from), `${stage.name}: COPY --from=${from}`).toBe(true);
      }
    }
  });

  it('runs as a non-root user', () => {
    const users = all(runtime, 'USER');
    expect(users.length).toBeGreaterThan(0);
    const user = users[users.length - 1]!.args;
    expect(user).not.toMatch(/^(root|0)(:|$)/);
    const afterUser = runtime.instructions.slice(
      runtime.instructions.findLastIndex((i) => i.keyword === 'USER'),
    );
    expect(afterUser.filter((i) => i.keyword === 'RUN')).toEqual([]);
  });

  it('ships production dependencies only, and the built dashboard', () => {
    const prodInstall = all(byName.get('prod-deps')!, 'RUN')
      .map((i) => i.args)
      .join(' ');
    expect(prodInstall).toMatch(/pnpm install --frozen-lockfile --prod/);
    const copies = all(runtime, 'COPY').map((i) => i.args);
    expect(copies).toContain('--from=build /app/dashboard/dist ./dashboard/dist');
    expect(copies.filter((c) => c.includes('node_modules'))).toEqual([
      '--from=prod-deps /app/node_modules ./node_modules',
    ]);
    expect(copies.some((c) => c.startsWith('--from=deps') || c.startsWith('. '))).toBe(false);
    expect(all(byName.get('build')!, 'RUN').map((i) => i.args)).toContain(
      'pnpm --filter @kpi/dashboard build',
    );
  });

  it('starts the service and stops it with SIGTERM', () => {
    expect(all(runtime, 'CMD').at(-1)!.args).toBe('["node", "services/src/main.ts"]');
    expect(all(runtime, 'STOPSIGNAL').at(-1)?.args).toBe('SIGTERM');
  });

  it('keeps local data, dependencies and secrets out of the build context', () => {
    const ignored = readRepoFile('.dockerignore').split('\n');
    for (const pattern of ['**/node_modules', 'data', '.env', '.git']) expect(ignored).toContain(pattern);
  });
});
