/** One problem the server found with one field of a submission. */
export interface FieldIssue {
  readonly path: string;
  readonly code: string;
  readonly message: string;
}

export type IssueCode =
  | 'required'
  | 'tooLong'
  | 'invalidDate'
  | 'invalidChoice'
  | 'inFuture'
  | 'beforeReferenced'
  | 'withdrawn'
  | 'removed'
  | 'rejected'
  | 'implemented'
  | 'afterReferenced'
  | 'movedAfter'
  | 'recommendedAfter'
  | 'rejectedLater'
  | 'implementedLater'
  | 'noChange'
  | 'invalid';

/** A localisable reading of an issue: which message, and the date the server named, if any. */
export interface ReadIssue {
  readonly code: IssueCode;
  readonly date: string | null;
  /** The server's own words, kept for a detail line. */
  readonly server: string;
}

const dateIn = (message: string): string | null => /(\d{4}-\d{2}-\d{2})/.exec(message)?.[1] ?? null;

export const readIssue = (issue: FieldIssue): ReadIssue => {
  const date = dateIn(issue.message);
  const code = ((): IssueCode => {
    switch (issue.code) {
      case 'too_small':
        return /empty|required|at least 1/i.test(issue.message) || issue.message === 'must not be empty'
          ? 'required'
          : 'invalid';
      case 'too_big':
        return 'tooLong';
      case 'invalid_type':
        return /required/i.test(issue.message) ? 'required' : 'invalid';
      case 'invalid_format':
        return /date/i.test(issue.message) ? 'invalidDate' : 'invalid';
      case 'invalid_value':
        return 'invalidChoice';
      case 'in_future':
        return 'inFuture';
      case 'before_referenced':
        return 'beforeReferenced';
      case 'withdrawn':
      case 'removed':
      case 'rejected':
      case 'implemented':
        return issue.code;
      case 'after_referenced':
        return 'afterReferenced';
      case 'moved_after':
        return 'movedAfter';
      case 'recommended_after':
        return 'recommendedAfter';
      case 'rejected_later':
        return 'rejectedLater';
      case 'implemented_later':
        return 'implementedLater';
      case 'custom':
        return /required/i.test(issue.message) ? 'required' : 'invalid';
      case 'no_change':
        return 'noChange';
      default:
        return 'invalid';
    }
  })();
  return { code, date, server: issue.message };
};

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
