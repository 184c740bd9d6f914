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

export class ApiError extends Error {
  readonly kind: ApiErrorKind;
  readonly status: number | null;
  /**
   * True when no answer the app can read came back: the message is the browser's or a proxy's
   * English ("Bad Gateway", "Failed to fetch"), kept for the console, never shown.
   */
  readonly opaque: boolean;

  constructor(kind: ApiErrorKind, message: string, status: number | null = null, opaque = false) {
    super(message);
    this.name = 'ApiError';
    this.kind = kind;
    this.status = status;
    this.opaque = opaque;
  }
}

interface GraphQLErrorShape {
  readonly message: string;
  readonly extensions?: { readonly code?: string; readonly http?: { readonly status?: number } };
}

/** Maps GraphQL errors (auth scopes, masked server errors) to one kind the interface knows. */
export const errorFromGraphQL = (errors: readonly GraphQLErrorShape[], status: number): ApiError => {
  const first = errors[0];
  const code = first?.extensions?.code ?? '';
  const message = first?.message ?? 'Unknown error';
  if (code === 'UNAUTHENTICATED' || status === 401) return new ApiError('unauthenticated', message, status);
  if (code === 'FORBIDDEN' || status === 403 || /not authorized|forbidden/i.test(message)) {
    return new ApiError('forbidden', message, status);
  }
  if (status === 429) return new ApiError('rate-limited', message, status);
  if (code === 'GRAPHQL_VALIDATION_FAILED' || code === 'BAD_USER_INPUT') {
    return new ApiError('invalid', message, status);
  }
  return new ApiError('server', message, status);
};
