import type { ResultOf, TadaDocumentNode, VariablesOf } from 'gql.tada';
import { useCallback, useState } from 'react';
import { ApiError } from './api-error.ts';
import { request } from './client.ts';

// biome-ignore lint/suspicious/noExplicitAny: any document shape is accepted; types flow from it.
type AnyDocument = TadaDocumentNode<any, any>;

export interface MutationState<Document extends AnyDocument> {
  readonly run: (variables: VariablesOf<Document>) => Promise<ResultOf<Document>>;
  readonly running: boolean;
  readonly error: ApiError | null;
}

/** A mutation bound to a component: `running` for progress, `error` for a failure of the request itself. */
export const useMutation = <Document extends AnyDocument>(document: Document): MutationState<Document> => {
  const [running, setRunning] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const run = useCallback(
    async (variables: VariablesOf<Document>) => {
      setRunning(true);
      setError(null);
      try {
        return await request(document, variables);
      } catch (cause) {
        const failure =
          cause instanceof ApiError
            ? cause
            : new ApiError('server', cause instanceof Error ? cause.message : '', null, true);
        setError(failure);
        throw failure;
      } finally {
        setRunning(false);
      }
    },
    [document],
  );
  return { run, running, error };
};
