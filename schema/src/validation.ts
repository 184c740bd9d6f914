import type { z } from 'zod';

/** One problem with one field, in a form a user interface can show beside that field. */
export interface FieldIssue {
  /** Dotted path to the field, e.g. `removesRiskIds.2` or `organization`. */
  readonly path: string;
  readonly code: string;
  readonly message: string;
}

export type Validation<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly issues: FieldIssue[] };

export const toFieldIssues = (error: z.ZodError, prefix = ''): FieldIssue[] =>
  error.issues.map((issue) => ({
    path: [prefix, ...issue.path.map(String)].filter(Boolean).join('.'),
    code: issue.code,
    message: issue.message,
  }));

export const validateWith = <S extends z.ZodType>(
  schema: S,
  input: unknown,
  prefix = '',
): Validation<z.output<S>> => {
  const result = schema.safeParse(input);
  return result.success
    ? { ok: true, value: result.data }
    : { ok: false, issues: toFieldIssues(result.error, prefix) };
};
