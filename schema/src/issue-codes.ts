/**
 * Every kind of problem the product reports about one field or one imported row. A user interface
 * words each code in its reader's language (the server's `message` stays English, for API
 * clients); a code added here without words in the dashboard fails its test.
 */
export const ISSUE_CODES = [
  // The shape of a value, as the event schemas judge it.
  'required',
  'too_small',
  'too_big',
  'invalid_type',
  'invalid_format',
  'invalid_date',
  'invalid_value',
  'unrecognized_keys',
  'invalid',
  // The schemas' own rules between fields.
  'repeated',
  'before_start',
  'invalid_district',
  'region_role',
  'reserved_prefix',
  'not_a_fraction',
  'negative',
  'too_precise',
  'nothing_to_change',
  'not_for_kind',
  // The methodology's rules, judged against what is recorded.
  'in_future',
  'before_referenced',
  'after_referenced',
  'withdrawn',
  'removed',
  'rejected',
  'implemented',
  'moved_after',
  'recommended_after',
  'rejected_later',
  'implemented_later',
  'risk_not_removed',
  'no_change',
  'unchanged',
  'taken',
  'not_found',
  'weak_password',
  'last_administrator',
  'unknown_central_body',
  // A submission's envelope and the event store's checks.
  'invalid_submission_id',
  'unknown_command',
  'invalid_revision',
  'invalid_stream',
  'invalid_id',
  'duplicate_id',
  'invalid_metadata',
  'invalid_schema_version',
  'unknown_event_type',
  'invalid_expected_revision',
  'invalid_json',
  'revision_gap',
  // An imported file's header and rows.
  'unknown_column',
  'repeated_column',
  'missing_column',
  'other_region',
  'other_body',
  'forbidden',
  'conflict',
  'submission_reused',
  'kept_changing',
] as const;

export type IssueCode = (typeof ISSUE_CODES)[number];

const KNOWN: ReadonlySet<string> = new Set(ISSUE_CODES);
export const isIssueCode = (code: unknown): code is IssueCode => typeof code === 'string' && KNOWN.has(code);

/**
 * The values an issue names, for a user interface to put in its own words: `date` (a business
 * date the rule compared with), `limit` (a bound), `id` (a record named), `count` (of rows).
 */
export type IssueValues = Readonly<Partial<Record<'date' | 'limit' | 'id' | 'count', string>>>;

/** A refinement's code, given as zod `params`: `.refine(check, { error, params: issueParams('repeated') })`. */
export const issueParams = (code: IssueCode) => ({ issueCode: code });
