import type { ResultOf, TadaDocumentNode, VariablesOf } from 'gql.tada';
import { operationSource, request } from './client.ts';

// biome-ignore lint/suspicious/noExplicitAny: any document shape is accepted; types flow from it.
type AnyDocument = TadaDocumentNode<any, any>;

/** An answer asked for before its screen rendered is taken only while it is this fresh. */
const FRESH_MS = 10_000;

interface Preloaded {
  readonly promise: Promise<unknown>;
  readonly at: number;
  /** Set once the answer has arrived, so a screen can draw it in its very first render. */
  answered?: { readonly value: unknown };
}

const preloaded = new Map<string, Preloaded>();

const keyOf = (document: AnyDocument, variablesJson: string) =>
  `${operationSource(document)}\n${variablesJson}`;

/**
 * Asks the server now, before the screen that needs the answer has rendered: the first screen's
 * queries then travel beside its code and the session check instead of after them. The first
 * `takePreloaded` with the same document and variables gets the answer; nobody else does.
 */
export const preloadQuery = <Document extends AnyDocument>(
  document: Document,
  variables: VariablesOf<Document>,
): void => {
  const promise = request(document, variables);
  const entry: Preloaded = { promise, at: Date.now() };
  // A screen that never mounts (signed out, another address) leaves its answer unread.
  promise.then(
    (value) => {
      entry.answered = { value };
    },
    () => undefined,
  );
  preloaded.set(keyOf(document, JSON.stringify(variables)), entry);
};

/**
 * The answer `preloadQuery` asked for, if it has already arrived (and is fresh), without taking
 * it: a render may run more than once, so the screen takes it (`takePreloaded`) in its effect.
 * A screen whose first question was answered before its code ran draws the answer at once,
 * rather than drawing "loading" first and the answer one render later.
 */
export const peekAnswered = <Document extends AnyDocument>(
  document: Document,
  variablesJson: string,
): { readonly value: ResultOf<Document> } | undefined => {
  const entry = preloaded.get(keyOf(document, variablesJson));
  if (!entry?.answered || Date.now() - entry.at > FRESH_MS) return undefined;
  return entry.answered as { readonly value: ResultOf<Document> };
};

/** The answer `preloadQuery` asked for these variables (as `JSON.stringify` wrote them), once. */
export const takePreloaded = <Document extends AnyDocument>(
  document: Document,
  variablesJson: string,
): Promise<ResultOf<Document>> | undefined => {
  const key = keyOf(document, variablesJson);
  const entry = preloaded.get(key);
  if (!entry) return undefined;
  preloaded.delete(key);
  return Date.now() - entry.at <= FRESH_MS ? (entry.promise as Promise<ResultOf<Document>>) : undefined;
};
