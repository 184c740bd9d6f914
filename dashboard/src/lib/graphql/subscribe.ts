import type { ResultOf, TadaDocumentNode, VariablesOf } from 'gql.tada';
import { GRAPHQL_ENDPOINT, operationSource } from './client.ts';

// biome-ignore lint/suspicious/noExplicitAny: any document shape is accepted; types flow from it.
type AnyDocument = TadaDocumentNode<any, any>;

export interface SubscriptionHandlers<Data> {
  readonly next: (data: Data) => void;
  /** Called when the connection opens (first time and after every reconnect). */
  readonly open?: () => void;
  readonly error?: (reason: string) => void;
}

/**
 * A GraphQL subscription over server-sent events, as graphql-yoga serves them at /graphql.
 * EventSource brings the session cookie (same origin) and reconnects by itself after a drop;
 * `open` tells the caller when to catch up on what it may have missed meanwhile.
 */
export const subscribe = <Document extends AnyDocument>(
  document: Document,
  variables: VariablesOf<Document>,
  handlers: SubscriptionHandlers<ResultOf<Document>>,
): (() => void) => {
  const url = new URL(GRAPHQL_ENDPOINT, window.location.href);
  url.searchParams.set('query', operationSource(document));
  if (variables && Object.keys(variables).length > 0)
    url.searchParams.set('variables', JSON.stringify(variables));
  const source = new EventSource(url, { withCredentials: true });
  source.addEventListener('open', () => handlers.open?.());
  source.addEventListener('next', (event) => {
    const payload = JSON.parse((event as MessageEvent<string>).data) as {
      data?: ResultOf<Document>;
      errors?: { message: string }[];
    };
    if (payload.errors?.length) handlers.error?.(payload.errors[0]!.message);
    else if (payload.data) handlers.next(payload.data);
  });
  source.addEventListener('error', () => handlers.error?.('connection'));
  return () => source.close();
};
