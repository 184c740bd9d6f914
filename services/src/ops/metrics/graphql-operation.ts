/** What a GraphQL request asks, for labels and logs: its operation's name and type. */
export interface GraphqlOperation {
  readonly name: string;
  readonly type: 'query' | 'mutation' | 'subscription' | 'unknown';
}

const NAME = /^[_A-Za-z][_0-9A-Za-z]{0,63}$/;
const OPERATION = /^\s*(?:#[^\n]*\n\s*)*(query|mutation|subscription)\b\s*([_A-Za-z][_0-9A-Za-z]*)?/;
const FIRST_FIELD = /\{\s*(?:[_A-Za-z][_0-9A-Za-z]*\s*:\s*)?([_A-Za-z][_0-9A-Za-z]*)/;

/**
 * Reads the operation from a GraphQL request's body (POST) or query string (GET) without parsing
 * the document: the client's operationName, else the name in the document, else its first field
 * (`mutation($input: ...) { identifyRisk(...) }` is "identifyRisk").
 */
export const graphqlOperationOf = (params: unknown): GraphqlOperation => {
  const { query, operationName } = (params ?? {}) as { query?: unknown; operationName?: unknown };
  if (typeof query !== 'string') return { name: 'unknown', type: 'unknown' };
  const match = OPERATION.exec(query);
  const type =
    (match?.[1] as GraphqlOperation['type'] | undefined) ?? (/^\s*\{/.test(query) ? 'query' : 'unknown');
  const named = typeof operationName === 'string' && operationName ? operationName : match?.[2];
  const name = named ?? FIRST_FIELD.exec(query)?.[1] ?? 'anonymous';
  return { name: NAME.test(name) ? name : 'invalid', type };
};

/**
 * Keeps a label's distinct values bounded: a client inventing operation names must not grow the
 * metrics without end. Past `limit` distinct names, new ones count as "other".
 */
export class BoundedLabels {
  readonly #seen = new Set<string>();
  readonly #limit: number;

  constructor(limit: number) {
    this.#limit = limit;
  }

  of(name: string): string {
    if (this.#seen.has(name)) return name;
    if (this.#seen.size >= this.#limit) return 'other';
    this.#seen.add(name);
    return name;
  }
}
