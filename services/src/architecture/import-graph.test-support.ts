import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Every import of every .ts/.tsx file of the repository, read as text (no compiler: fast, and it
 * sees type-only imports too, which tie files together as much as any other). Paths are from the
 * repository root with forward slashes, so rules and failures read the same on every machine.
 */
export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

const PACKAGES = ['schema', 'projections', 'services', 'dashboard'] as const;
const SKIPPED_FOLDERS = new Set(['node_modules', 'dist', 'build', 'coverage', 'test-results', '.vite']);

export interface Import {
  readonly from: string;
  readonly specifier: string;
  /** A file of the repository (resolved), `node:<name>` for a Node built-in, or the package's name. */
  readonly target: string;
  readonly internal: boolean;
}

export const sourceFiles = (): string[] => {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      if (SKIPPED_FOLDERS.has(name) || name.startsWith('.')) continue;
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.tsx?$/.test(name)) files.push(toRepoPath(path));
    }
  };
  for (const pkg of PACKAGES) walk(join(ROOT, pkg));
  return files.sort();
};

const toRepoPath = (absolute: string) => relative(ROOT, absolute).split(sep).join('/');

// Statements start a line; specifiers inside strings or comments elsewhere are not imports.
const STATEMENT = /^\s*(?:import|export)\b[^;'"`]*?\bfrom\s*['"]([^'"]+)['"]/gm;
const BARE = /^\s*import\s*['"]([^'"]+)['"]/gm;
const DYNAMIC = /\bimport\(\s*['"]([^'"]+)['"]\s*\)/g;
// A module handed to a thread is named by its URL beside the file that names it: an arrow too.
const MODULE_URL = /\bnew URL\(\s*['"](\.{1,2}\/[^'"]+\.tsx?)['"]\s*,\s*import\.meta\.url\s*\)/g;

export const specifiersOf = (text: string): string[] => {
  const found: string[] = [];
  for (const pattern of [STATEMENT, BARE, DYNAMIC, MODULE_URL]) {
    for (const match of text.matchAll(pattern)) found.push(match[1]!);
  }
  return found;
};

const NODE_BUILTINS = new Set(builtinModules);

const resolveFile = (base: string): string | null => {
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, `${base}/index.ts`, `${base}/index.tsx`]) {
    if (existsSync(join(ROOT, candidate)) && statSync(join(ROOT, candidate)).isFile()) return candidate;
  }
  return null;
};

/** Where an import of `specifier` in `from` leads: one of our files, or an outside module. */
export const resolveImport = (from: string, specifier: string): Import => {
  const path = specifier.split('?')[0]!;
  let local: string | null = null;
  if (path.startsWith('.')) local = toRepoPath(resolve(ROOT, dirname(from), path));
  else if (path.startsWith('@/') && from.startsWith('dashboard/')) local = `dashboard/src/${path.slice(2)}`;
  else if (path.startsWith('@kpi/')) {
    const [, pkg, ...rest] = path.split('/');
    local = rest.length > 0 && pkg === 'services' ? `services/src/${rest.join('/')}` : `${pkg}/src/index`;
  }
  if (local !== null) return { from, specifier, target: resolveFile(local) ?? local, internal: true };
  const name = path.startsWith('node:') ? path.slice(5) : path;
  const builtin = NODE_BUILTINS.has(name) && !name.startsWith('_');
  return { from, specifier, target: builtin ? `node:${name}` : path, internal: false };
};

export const readImports = (files: readonly string[]): Import[] =>
  files.flatMap((file) =>
    specifiersOf(readFileSync(join(ROOT, file), 'utf8')).map((specifier) => resolveImport(file, specifier)),
  );

/** Groups of files that import each other in a loop (strongly connected, more than one file). */
export const cyclesOf = (imports: readonly Import[]): string[][] => {
  const next = new Map<string, string[]>();
  for (const i of imports) {
    if (!i.internal || !/\.tsx?$/.test(i.target)) continue;
    next.set(i.from, [...(next.get(i.from) ?? []), i.target]);
  }
  // Tarjan's algorithm, iterative so that a long chain of files cannot overflow the stack.
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const cycles: string[][] = [];
  let counter = 0;
  for (const start of next.keys()) {
    if (index.has(start)) continue;
    const work: [string, number][] = [[start, 0]];
    while (work.length > 0) {
      const frame = work[work.length - 1]!;
      const [node, i] = frame;
      if (i === 0) {
        index.set(node, counter);
        low.set(node, counter++);
        stack.push(node);
        onStack.add(node);
      }
      const targets = next.get(node) ?? [];
      if (i < targets.length) {
        frame[1]++;
        const target = targets[i]!;
        if (!index.has(target)) work.push([target, 0]);
        else if (onStack.has(target)) low.set(node, Math.min(low.get(node)!, index.get(target)!));
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent) low.set(parent[0], Math.min(low.get(parent[0])!, low.get(node)!));
      if (low.get(node) === index.get(node)) {
        const group: string[] = [];
        let member: string;
        do {
          member = stack.pop()!;
          onStack.delete(member);
          group.push(member);
        } while (member !== node);
        if (group.length > 1) cycles.push(group.sort());
      }
    }
  }
  return cycles;
};
