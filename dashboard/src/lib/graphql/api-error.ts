/** Why a request failed, in terms the interface can explain and act on. */
export type ApiErrorKind =
  | 'network'
  | 'unauthenticated'
  | 'forbidden'
  | 'rate-limited'
  | 'server'
  | 'invalid'
  /** The server understood the question and declined it (a typed refusal, with its reason). */
  | 'refused';

/**
 * What the server said beyond the kind of failure: its stable code (a GraphQL error's
 * `extensions.code`, a KPI refusal's code) and the argument at fault, or words it wrote in the
 * reader's own language (the import route, asked with `lang`).
 */
export interface ApiErrorReason {
  readonly code?: string | null;
  readonly field?: string | null;
  readonly readerText?: string | null;
}

/**
 * A failed request. Its `message` is the server's English for API clients, the browser's or a
 * proxy's ("Bad Gateway", "Failed to fetch"): kept for the console, never shown to the reader,
 * who is told by the kind, the code and the status in their own language.
 */
export class ApiError extends Error {
  readonly kind: ApiErrorKind;
  readonly status: number | null;
  /** True when no answer the app can read came back: only the HTTP status says anything. */
  readonly opaque: boolean;
  readonly code: string | null;
  readonly field: string | null;
  readonly readerText: string | null;

  constructor(
    kind: ApiErrorKind,
    message: string,
    status: number | null = null,
    opaque = false,
    reason: ApiErrorReason = {},
  ) {
    super(message);
    this.name = 'ApiError';
    this.kind = kind;
    this.status = status;
    this.opaque = opaque;
    this.code = reason.code ?? null;
    this.field = reason.field ?? null;
    this.readerText = reason.readerText ?? null;
  }
}

interface GraphQLErrorShape {
  readonly message: string;
  readonly extensions?: {
    readonly code?: string;
    readonly field?: string;
    readonly http?: { readonly status?: number };
  };
}

/** Maps GraphQL errors (auth scopes, masked server errors) to one kind the interface knows. */
export const errorFromGraphQL = (errors: readonly GraphQLErrorShape[], status: number): ApiError => {
  const first = errors[0];
  const code = first?.extensions?.code ?? '';
  const message = first?.message ?? '';
  const reason = { code: code || null, field: first?.extensions?.field ?? null };
  if (code === 'UNAUTHENTICATED' || status === 401)
    return new ApiError('unauthenticated', message, status, false, reason);
  if (code === 'FORBIDDEN' || status === 403 || /not authorized|forbidden/i.test(message)) {
    return new ApiError('forbidden', message, status, false, reason);
  }
  if (status === 429) return new ApiError('rate-limited', message, status, false, reason);
  if (code === 'GRAPHQL_VALIDATION_FAILED' || code === 'BAD_USER_INPUT') {
    return new ApiError('invalid', message, status, false, reason);
  }
  return new ApiError('server', message, status, false, reason);
};
