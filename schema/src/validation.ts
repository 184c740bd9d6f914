import type { z } from 'zod';
import { type IssueCode, type IssueValues, isIssueCode } from './issue-codes.ts';

/** One problem with one field, in a form a user interface can show beside that field. */
export interface FieldIssue {
  /** Dotted path to the field, e.g. `removesRiskIds.2` or `organization`. */
  readonly path: string;
  readonly code: IssueCode;
  /** English, for API clients; a user interface words the code instead. */
  readonly message: string;
  readonly values?: IssueValues;
}

export type Validation<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly issues: FieldIssue[] };

const valueAt = (input: unknown, path: readonly PropertyKey[]): unknown =>
  path.reduce<unknown>(
    (value, key) =>
      value !== null && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[key] : undefined,
    input,
  );

const isEmpty = (value: unknown): boolean =>
  value === undefined || value === null || (typeof value === 'string' && value.trim() === '');

/** zod's issue as one of the registry's codes: an empty field is `required`, a refinement names its own. */
const codeOf = (issue: z.core.$ZodIssue, input: unknown, hasInput: boolean): IssueCode => {
  switch (issue.code) {
    case 'too_small':
      return (issue.origin === 'string' || issue.origin === 'array') && Number(issue.minimum) <= 1
        ? 'required'
        : 'too_small';
    case 'invalid_type':
    case 'invalid_format':
    case 'invalid_value':
      // An empty choice or date is a missing one, whatever rule it then fails.
      if (hasInput && isEmpty(valueAt(input, issue.path))) return 'required';
      return issue.code === 'invalid_format' && issue.format === 'date' ? 'invalid_date' : issue.code;
    case 'too_big':
    case 'unrecognized_keys':
      return issue.code;
    case 'custom': {
      const named = issue.params?.issueCode;
      return isIssueCode(named) ? named : 'invalid';
    }
    default:
      return 'invalid';
  }
};

const valuesOf = (issue: z.core.$ZodIssue): IssueValues | undefined =>
  issue.code === 'too_small'
    ? { limit: String(issue.minimum) }
    : issue.code === 'too_big'
      ? { limit: String(issue.maximum) }
      : undefined;

/** `input`, when given, tells a missing field (`required`) from one of the wrong type. */
export const toFieldIssues = (error: z.ZodError, prefix = '', ...input: [unknown?]): FieldIssue[] =>
  error.issues.map((issue) => {
    const values = valuesOf(issue);
    return {
      path: [prefix, ...issue.path.map(String)].filter(Boolean).join('.'),
      code: codeOf(issue, input[0], input.length > 0),
      message: issue.message,
      ...(values ? { values } : {}),
    };
  });

export const validateWith = <S extends z.ZodType>(
  schema: S,
  input: unknown,
  prefix = '',
): Validation<z.output<S>> => {
  const result = schema.safeParse(input);
  return result.success
    ? { ok: true, value: result.data }
    : { ok: false, issues: toFieldIssues(result.error, prefix, input) };
};
