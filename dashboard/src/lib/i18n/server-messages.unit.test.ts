import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSchema, isEnumType, isObjectType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { KPI_QUERY_ERROR_CODES } from '../../../../projections/src/kpi/index.ts';
import { englishWords } from '../../../e2e/harness/english.ts';
import { CATALOGUES } from '../../app/messages.ts';
import { errorDetail } from '../../components/api-error-panel.tsx';
import { ApiError, errorFromGraphQL } from '../graphql/api-error.ts';
import type { MessageKey } from './catalogue.ts';
import { interpolate } from './interpolate.ts';
import { ISSUE_WORDS, refusalKindOf, wordAccountRefusal } from './issues/issue-text.ts';
import { LANGS, type Lang } from './lang.ts';
import { errorCodeKey, kpiRefusalKey } from './refusal-keys.ts';

const REPO = fileURLToPath(new URL('../../../../', import.meta.url));
const SDL = buildSchema(readFileSync(join(REPO, 'schema/schema.graphql'), 'utf8'));

/** Every answer type of the API that carries a `message`: the server's English for API clients. */
const TYPES_WITH_A_MESSAGE = Object.values(SDL.getTypeMap())
  .filter((type) => isObjectType(type) && !type.name.startsWith('__') && 'message' in type.getFields())
  .map((type) => type.name)
  .sort();

const enumValues = (name: string): string[] => {
  const type = SDL.getType(name);
  if (!isEnumType(type)) throw new Error(`${name} is not an enum of the SDL`);
  return type.getValues().map((value) => value.name);
};

const translator = (lang: Lang) => (key: MessageKey, params?: Record<string, string | number>) =>
  interpolate(CATALOGUES[lang][key], params);

/** A text a ru or kk reader would meet, placeholders aside: it must hold no English. */
const english = (text: string) => englishWords(text.replace(/\{\w+\}/g, ''));

/** For a ru and a kk reader, the words given for each case: no English, and not the English text. */
const wordedForEveryReader = (cases: readonly string[], words: (lang: Lang, which: string) => string) => {
  const problems: string[] = [];
  for (const which of cases) {
    for (const lang of LANGS) if (!words(lang, which)) problems.push(`${lang} ${which}: no words`);
    for (const lang of ['ru', 'kk'] as const) {
      const text = words(lang, which);
      if (english(text).length > 0 || text === words('en', which)) problems.push(`${lang} ${which}: ${text}`);
    }
  }
  return problems;
};

/**
 * The codes the server puts in a GraphQL error's `extensions.code`, read from its sources: the
 * literal ones, and the KPI query codes the live subscription passes on from a `KpiQueryError`.
 */
const serverErrorCodes = (): string[] => {
  const files = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return files(path);
      return name.endsWith('.ts') && !/\.test\.ts$|test-support|test-fixtures/.test(name) ? [path] : [];
    });
  const codes = new Set<string>(KPI_QUERY_ERROR_CODES);
  for (const file of files(join(REPO, 'services/src'))) {
    const text = readFileSync(file, 'utf8');
    if (!text.includes('GraphQLError')) continue;
    for (const [, code] of text.matchAll(/extensions:\s*\{\s*code:\s*'([A-Z_]+)'/g)) codes.add(code!);
    // `refused(message, 'FORBIDDEN', field)`: a helper that builds the GraphQLError.
    for (const [, code] of text.matchAll(/refused\([^)]*?'([A-Z_]{4,})'/g)) codes.add(code!);
  }
  return [...codes].sort();
};

describe("every refusal the API answers the dashboard with, in the reader's language", () => {
  it('reads the refusal types from the SDL', () => {
    // A sanity check of the reading itself: these are answered to the dashboard every day.
    expect(TYPES_WITH_A_MESSAGE).toEqual(
      expect.arrayContaining([
        'KpiAccessDenied',
        'KpiQueryFailed',
        'Forbidden',
        'ChartNotFound',
        'AccountRefused',
      ]),
    );
  });

  it('a KPI query declined: every code the engine has, listed as the SDL publishes them, has words', () => {
    const published = SDL.getType('KpiQueryFailed');
    if (!isObjectType(published)) throw new Error('KpiQueryFailed is not in the SDL');
    const listed = published.getFields().code?.description?.match(/\b[A-Z][A-Z_]{3,}\b/g) ?? [];
    expect([...listed].sort()).toEqual([...KPI_QUERY_ERROR_CODES].sort());
    for (const code of KPI_QUERY_ERROR_CODES)
      expect(kpiRefusalKey({ code, field: 'period.to' }), code).not.toBe('refusal.kpi.other');
    expect(
      wordedForEveryReader(
        [...KPI_QUERY_ERROR_CODES, 'ACCESS_DENIED', 'A_CODE_FROM_THE_FUTURE'],
        (lang, code) => CATALOGUES[lang][kpiRefusalKey({ code, field: null })],
      ),
    ).toEqual([]);
  });

  it('an account change refused: every AccountRefusal has its own words', () => {
    const codes = enumValues('AccountRefusal');
    for (const code of codes)
      expect(wordAccountRefusal('ru', code), code).not.toBe(ISSUE_WORDS.ru.refusals.other);
    expect(wordedForEveryReader(codes, wordAccountRefusal)).toEqual([]);
  });

  it('a sign-in refused: the page knows every SignInRefusal', () => {
    // The sign-in page says "too many attempts" for TOO_MANY_ATTEMPTS and "wrong name or
    // password" otherwise: a new reason must be worded there first.
    expect(enumValues('SignInRefusal')).toEqual(['INVALID_CREDENTIALS', 'TOO_MANY_ATTEMPTS']);
    expect(
      wordedForEveryReader(
        ['auth.failed', 'error.rateLimited'],
        (lang, key) => CATALOGUES[lang][key as MessageKey],
      ),
    ).toEqual([]);
  });

  it('every other refusal type is worded by its kind (forbidden, not found, conflict, …)', () => {
    const byEnum = new Set(['AccountRefused', 'SignInRefused', 'KpiQueryFailed', 'KpiAccessDenied']);
    // A field issue's `message` stands beside its `code` (FieldIssueCode), which the issue words
    // cover: issue-words.unit.test.ts holds each code to ru, kk and en words.
    const issues = TYPES_WITH_A_MESSAGE.filter((name) => {
      const type = SDL.getType(name);
      return isObjectType(type) && type.getFields().code?.type.toString() === 'FieldIssueCode!';
    });
    const rest = TYPES_WITH_A_MESSAGE.filter((name) => !byEnum.has(name) && !issues.includes(name));
    expect(rest.filter((name) => refusalKindOf(name) === 'other')).toEqual([]);
    expect(
      wordedForEveryReader(rest, (lang, name) => ISSUE_WORDS[lang].refusals[refusalKindOf(name)]),
    ).toEqual([]);
  });

  it("a GraphQL error: every code the server raises is told by its kind's advice or its own words", () => {
    const codes = serverErrorCodes();
    expect(codes).toEqual(
      expect.arrayContaining(['UNAVAILABLE', 'FORBIDDEN', 'BAD_USER_INPUT', 'NOT_FOUND']),
    );
    const untold: string[] = [];
    for (const code of codes) {
      const error = errorFromGraphQL(
        [{ message: 'the read model is not running', extensions: { code } }],
        200,
      );
      const saidByKind = error.kind === 'forbidden' || error.kind === 'unauthenticated';
      if (!saidByKind && errorCodeKey(code, null) === null) untold.push(code);
    }
    expect(untold).toEqual([]);
  });
});

describe("the server's English is never shown", () => {
  const serverEnglish = 'must not be before from';

  it('under an error panel: whatever the kind and code, the detail is the catalogue or nothing', () => {
    const kinds = [
      'network',
      'unauthenticated',
      'forbidden',
      'rate-limited',
      'server',
      'invalid',
      'refused',
    ] as const;
    for (const kind of kinds) {
      for (const code of [null, 'INVALID_PERIOD', 'UNAVAILABLE', 'SOMETHING_NEW']) {
        for (const lang of ['ru', 'kk'] as const) {
          const detail = errorDetail(
            new ApiError(kind, serverEnglish, 400, false, { code }),
            translator(lang),
          );
          expect(detail ?? '', `${kind} ${code} ${lang}`).not.toContain(serverEnglish);
          expect(english(detail ?? ''), `${kind} ${code} ${lang}`).toEqual([]);
        }
      }
    }
  });

  it('is never asked for: no document selects the `message` of a type that carries one', () => {
    const root = fileURLToPath(new URL('../../', import.meta.url));
    const opening = new RegExp(
      `(?:\\bissues(?:\\([^)]*\\))?|\\.\\.\\. on (?:${TYPES_WITH_A_MESSAGE.join('|')}))\\s*\\{`,
      'g',
    );
    const asked: string[] = [];
    for (const file of sources(root)) {
      const text = readFileSync(file, 'utf8');
      for (const document of text.matchAll(/graphql\(`([\s\S]*?)`/g)) {
        const body = document[1]!;
        for (const match of body.matchAll(opening)) {
          const block = blockAt(body, match.index + match[0].length - 1);
          if (/\bmessage\b/.test(block)) asked.push(`${file.slice(root.length)}: ${match[0]}`);
        }
      }
    }
    expect(asked).toEqual([]);
  });
});

/** Every `.ts`/`.tsx` source of the dashboard, tests aside. */
const sources = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.tsx?$/.test(name) && !/\.(unit|e2e)\.test\.tsx?$/.test(name) && !name.endsWith('.d.ts')
      ? [path]
      : [];
  });

/** The selection set that opens at `start` (the index of its `{`), braces balanced. */
const blockAt = (text: string, start: number): string => {
  let depth = 0;
  for (let i = start; i < text.length; i++) {
    if (text[i] === '{') depth++;
    else if (text[i] === '}' && --depth === 0) return text.slice(start, i + 1);
  }
  return text.slice(start);
};
