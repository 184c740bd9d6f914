import type { IssueLike } from '@/lib/i18n/issues/issue-text.ts';

/** One problem the server (or the form itself) found with one field of a submission. */
export type FieldIssue = IssueLike;

/**
 * Issues by the form field they belong to: `removesRiskIds.1` belongs to the `removesRiskIds`
 * field; the first issue of a field is the one shown. Issues naming no known field are returned
 * apart, for the form's summary.
 */
export const issuesByField = (
  issues: readonly FieldIssue[],
  fields: readonly string[],
): { byField: Record<string, FieldIssue>; other: FieldIssue[] } => {
  const byField: Record<string, FieldIssue> = {};
  const other: FieldIssue[] = [];
  for (const issue of issues) {
    const field = fields.find((f) => issue.path === f || issue.path.startsWith(`${f}.`));
    if (field === undefined) other.push(issue);
    else byField[field] ??= issue;
  }
  return { byField, other };
};
