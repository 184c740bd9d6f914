import type { IssueCode } from '@/lib/graphql/enums.ts';
import { interpolate } from '../interpolate.ts';
import type { Lang } from '../lang.ts';
import { issueWordsEn } from './en.ts';
import { issueWordsKk } from './kk.ts';
import { issueWordsRu } from './ru.ts';
import type { IssueWords, RefusalKind } from './words.ts';

/** The one place the dashboard words the server's field issues and refusals, in each language. */
export const ISSUE_WORDS: Readonly<Record<Lang, IssueWords>> = {
  ru: issueWordsRu,
  kk: issueWordsKk,
  en: issueWordsEn,
};

/** The values an issue names (`FieldIssueValues`): each may be absent. */
export interface IssueValuesLike {
  readonly date?: string | null;
  readonly limit?: string | null;
  readonly id?: string | null;
  readonly count?: string | null;
}

/** A field issue as every form and the import report receive it: a code, never the server's text. */
export interface IssueLike {
  readonly path: string;
  readonly code: IssueCode;
  readonly values?: IssueValuesLike | null;
}

/** A refused answer by its GraphQL type: `AlertRuleConflict`, `ChartNotFound`, `ValidationFailed`… */
export const refusalKindOf = (typename: string): RefusalKind => {
  if (typename.endsWith('ValidationFailed')) return 'validation';
  if (typename.endsWith('NotFound')) return 'notFound';
  if (typename.endsWith('Forbidden') || typename.endsWith('AccessDenied')) return 'forbidden';
  if (typename.endsWith('Conflict')) return 'conflict';
  if (typename.endsWith('SubmissionReused')) return 'submissionReused';
  return 'other';
};

/**
 * An issue in the reader's words. `day` writes a business date in the reader's language; a value
 * the issue does not name reads as a dash rather than a placeholder. `field`, when given, names
 * the field, for an issue shown apart from it.
 */
export const wordIssue = (
  lang: Lang,
  issue: IssueLike,
  day: (date: string) => string,
  field?: string,
): string => {
  const words = ISSUE_WORDS[lang];
  const values = issue.values ?? {};
  const text = interpolate(words.issues[issue.code] ?? words.issues.invalid, {
    date: values.date ? day(values.date) : '—',
    limit: values.limit ?? '—',
    id: values.id ?? '—',
    count: values.count ?? '—',
  });
  return field === undefined ? text : interpolate(words.atField, { field, text });
};

export const wordRefusal = (lang: Lang, typename: string): string =>
  ISSUE_WORDS[lang].refusals[refusalKindOf(typename)];

/** An account change's refusal (`AccountRefusal`): two of them are field issues of their own. */
export const wordAccountRefusal = (lang: Lang, code: string): string => {
  const words = ISSUE_WORDS[lang];
  switch (code) {
    case 'USERNAME_TAKEN':
      return words.issues.taken;
    case 'LAST_ADMINISTRATOR':
      return words.issues.last_administrator;
    case 'NOT_FOUND':
      return words.refusals.notFound;
    case 'CONFLICT':
      return words.refusals.conflict;
    case 'SUBMISSION_REUSED':
      return words.refusals.submissionReused;
    case 'VALIDATION':
      return words.refusals.validation;
    default:
      return words.refusals.other;
  }
};
