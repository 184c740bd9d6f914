import { print } from '@0no-co/graphql.web';
import type { ResultOf, TadaDocumentNode, VariablesOf } from 'gql.tada';
import { ApiError, errorFromGraphQL } from './api-error.ts';

export const GRAPHQL_ENDPOINT = '/graphql';

// biome-ignore lint/suspicious/noExplicitAny: any document shape is accepted; types flow from it.
type AnyDocument = TadaDocumentNode<any, any>;

const printed = new WeakMap<object, string>();
const source = (document: AnyDocument): string => {
  let text = printed.get(document);
  if (text === undefined) {
    text = print(document);
    printed.set(document, text);
  }
  return text;
};

/**
 * Sends one operation with the session cookie and answers its typed data. Transport failures,
 * refusals and server errors become an ApiError; a typed business result (ValidationFailed and
 * the like) is data, for the caller to show.
 */
export const request = async <Document extends AnyDocument>(
  document: Document,
  variables: VariablesOf<Document>,
  init: { signal?: AbortSignal } = {},
): Promise<ResultOf<Document>> => {
  let response: Response;
  try {
    response = await fetch(GRAPHQL_ENDPOINT, {
      method: 'POST',
      credentials: 'include',
      headers: {
        'content-type': 'application/json',
        accept: 'application/graphql-response+json',
        // Submissions made here are recorded as arriving through a form (the API's default is 'api').
        'x-submission-channel': 'form',
      },
      body: JSON.stringify({ query: source(document), variables }),
      signal: init.signal,
    });
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    throw new ApiError('network', cause instanceof Error ? cause.message : String(cause), null, true);
  }
  let body: { data?: ResultOf<Document> | null; errors?: { message: string }[] };
  try {
    body = await response.json();
  } catch {
    throw new ApiError(
      response.status >= 500 ? 'server' : 'network',
      response.statusText,
      response.status,
      true,
    );
  }
  if (body.errors && body.errors.length > 0) throw errorFromGraphQL(body.errors, response.status);
  if (!response.ok || body.data == null) {
    throw new ApiError(
      response.status === 429 ? 'rate-limited' : 'server',
      response.statusText,
      response.status,
      true,
    );
  }
  return body.data;
};

export const operationSource = source;
