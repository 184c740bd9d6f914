import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';

export const repoRoot = resolve(import.meta.dirname, '../../..');

export const readRepoFile = (path: string): string => readFileSync(resolve(repoRoot, path), 'utf8');

/** A compose file as Compose reads it: YAML with merge keys (`<<: *anchor`) resolved. */
export const readComposeFile = (path: string): Record<string, unknown> =>
  parse(readRepoFile(path), { merge: true }) as Record<string, unknown>;

/** Variables a compose file interpolates: `${NAME}`, `${NAME:-default}`, `${NAME:?error}`, `$NAME`. */
export const interpolatedVariables = (text: string): Set<string> => {
  const names = new Set<string>();
  const unescaped = text.replaceAll('$$', '');
  for (const match of unescaped.matchAll(/\$\{([A-Za-z_][A-Za-z0-9_]*)/g)) names.add(match[1]!);
  for (const match of unescaped.matchAll(/\$([A-Za-z_][A-Za-z0-9_]*)/g)) names.add(match[1]!);
  return names;
};

/** Variables `.env.example` documents, set (`NAME=`) or shown commented out (`# NAME=`). */
export const documentedVariables = (text: string): Set<string> =>
  new Set([...text.matchAll(/^#?\s*([A-Z_][A-Z0-9_]*)=/gm)].map((m) => m[1]!));
