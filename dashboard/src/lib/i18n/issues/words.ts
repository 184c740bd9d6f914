import type { IssueCode } from '@/lib/graphql/enums.ts';

/** Why a whole submission was refused, whatever the mutation: its result type's last word. */
export type RefusalKind = 'validation' | 'notFound' | 'forbidden' | 'conflict' | 'submissionReused' | 'other';

/**
 * One language's words for every field-issue code the API publishes and every kind of refusal.
 * `{date}`, `{limit}`, `{id}` and `{count}` are the values the issue names; `{field}` its field.
 */
export interface IssueWords {
  readonly issues: Readonly<Record<IssueCode, string>>;
  readonly refusals: Readonly<Record<RefusalKind, string>>;
  /** How an issue reads when it is shown apart from its field: `{field}: {text}`. */
  readonly atField: string;
}
