import { type DocumentNode, type ExecutionResult, getOperationAST, Kind } from 'graphql';
import type { Plugin } from 'graphql-yoga';

export interface QueryResultCacheOptions<Context> {
  /**
   * Root query fields whose answers depend only on their arguments, the caller and the read
   * models: an operation is cached only when every root field it selects is one of these.
   */
  readonly fields: readonly string[];
  /** What the answers are computed from (e.g. the read models' positions); a change empties nothing, it just misses. */
  readonly version: (context: Context) => string | number | null;
  /** Who is asking: answers are never shared between callers. Null: do not cache. */
  readonly caller: (context: Context) => string | null;
  readonly maxEntries?: number;
}

/**
 * Answers a repeated read-model query without executing it again while the read models have not
 * moved: a dashboard refreshing its summary, or many tabs open on the same numbers. The key is
 * the parsed document (yoga parses each distinct query string once), the operation name, the
 * variables, the caller and the read models' version; results with errors are not kept. Entries
 * are evicted oldest first beyond `maxEntries`.
 */
export const useQueryResultCache = <Context extends Record<string, unknown>>(
  options: QueryResultCacheOptions<Context>,
): Plugin<Context> => {
  const fields = new Set(options.fields);
  const maxEntries = options.maxEntries ?? 2_000;
  const cache = new Map<string, ExecutionResult>();
  const documentIds = new WeakMap<DocumentNode, number>();
  let nextDocumentId = 0;

  const cacheable = (document: DocumentNode, operationName: string | null | undefined): boolean => {
    const operation = getOperationAST(document, operationName);
    if (operation?.operation !== 'query') return false;
    return operation.selectionSet.selections.every(
      (selection) =>
        selection.kind === Kind.FIELD &&
        (fields.has(selection.name.value) || selection.name.value === '__typename'),
    );
  };

  return {
    onExecute({ args, setResultAndStopExecution }) {
      const context = args.contextValue as Context;
      if (!cacheable(args.document, args.operationName)) return;
      const version = options.version(context);
      const caller = options.caller(context);
      if (version === null || caller === null) return;
      let documentId = documentIds.get(args.document);
      if (documentId === undefined) {
        documentId = nextDocumentId++;
        documentIds.set(args.document, documentId);
      }
      const key = `${version}\u0000${caller}\u0000${documentId}\u0000${args.operationName ?? ''}\u0000${JSON.stringify(args.variableValues ?? {})}`;
      const cached = cache.get(key);
      if (cached) {
        setResultAndStopExecution(cached);
        return;
      }
      return {
        onExecuteDone({ result }) {
          if (Symbol.asyncIterator in result || (result.errors && result.errors.length > 0)) return;
          cache.set(key, result);
          if (cache.size > maxEntries) cache.delete(cache.keys().next().value!);
        },
      };
    },
  };
};
