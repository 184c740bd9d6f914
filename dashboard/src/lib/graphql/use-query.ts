import type { ResultOf, TadaDocumentNode, VariablesOf } from 'gql.tada';
import { useCallback, useEffect, useRef, useState } from 'react';
import { type LiveChange, liveEvents } from '../live/live-events.ts';
import { ApiError } from './api-error.ts';
import { request } from './client.ts';
import { peekAnswered, takePreloaded } from './preload.ts';

// biome-ignore lint/suspicious/noExplicitAny: any document shape is accepted; types flow from it.
type AnyDocument = TadaDocumentNode<any, any>;

export interface QueryOptions {
  /** Refetch when the server reports a change this query cares about (all changes when no filter). */
  readonly live?: boolean | ((change: LiveChange) => boolean);
  readonly skip?: boolean;
}

export interface QueryState<Data> {
  readonly data: Data | undefined;
  readonly error: ApiError | null;
  /** True until the first answer for the current variables arrives. */
  readonly loading: boolean;
  /** True while a newer answer is on its way (the previous one stays on screen). */
  readonly refreshing: boolean;
  /** When a live change last changed this query's answer; drives the quiet highlight. */
  readonly changedAt: number | null;
  readonly refetch: () => void;
}

const toApiError = (cause: unknown): ApiError =>
  cause instanceof ApiError
    ? cause
    : new ApiError('server', cause instanceof Error ? cause.message : String(cause), null, true);

/** A query bound to a component: keeps the last answer on screen while variables or live data change. */
export const useQuery = <Document extends AnyDocument>(
  document: Document,
  variables: VariablesOf<Document>,
  options: QueryOptions = {},
): QueryState<ResultOf<Document>> => {
  const key = JSON.stringify(variables);
  // An answer asked for before this screen's code ran, and already here, is drawn at once.
  const [early] = useState(() => (options.skip ? undefined : peekAnswered(document, key)));
  const [data, setData] = useState<ResultOf<Document> | undefined>(early?.value);
  const [error, setError] = useState<ApiError | null>(null);
  const [pending, setPending] = useState(!options.skip && early === undefined);
  const [loadedKey, setLoadedKey] = useState<string | null>(early ? key : null);
  const earlyKey = useRef(early ? key : null);
  const [changedAt, setChangedAt] = useState<number | null>(null);
  const [generation, setGeneration] = useState(0);
  const liveRef = useRef(options.live);
  liveRef.current = options.live;
  const fromLive = useRef(false);
  const lastJson = useRef<string | null>(early ? JSON.stringify(early.value) : null);

  useEffect(() => {
    if (options.skip) return;
    if (generation === 0 && earlyKey.current === key) {
      // Drawn from the early answer in the first render: take it so that nobody reads it again.
      earlyKey.current = null;
      void takePreloaded(document, key);
      return;
    }
    const controller = new AbortController();
    setPending(true);
    const answering =
      (generation === 0 ? takePreloaded(document, key) : undefined) ??
      request(document, JSON.parse(key) as VariablesOf<Document>, { signal: controller.signal });
    answering
      .then((answer) => {
        // A preloaded answer is not aborted with the effect: a stale one must not land.
        if (controller.signal.aborted) return;
        const json = JSON.stringify(answer);
        if (fromLive.current && lastJson.current !== null && json !== lastJson.current)
          setChangedAt(Date.now());
        fromLive.current = false;
        lastJson.current = json;
        setData(answer);
        setError(null);
        setLoadedKey(key);
        setPending(false);
      })
      .catch((cause: unknown) => {
        if (controller.signal.aborted) return;
        setError(toApiError(cause));
        setPending(false);
      });
    return () => controller.abort();
  }, [document, key, generation, options.skip]);

  // The listener reads the latest filter from liveRef, so it is installed once per "live or not":
  // a filter written inline is a new function at every render, and re-installing the listener on
  // it would clear a refetch still waiting for its burst to end (one query's answer re-renders the
  // page, and its sibling queries' pending refetches were lost).
  const isLive = Boolean(options.live);
  useEffect(() => {
    if (!isLive) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const stop = liveEvents.listen((change) => {
      const filter = liveRef.current;
      if (typeof filter === 'function' && !filter(change)) return;
      // Several events of one submission arrive together: refetch once for the burst.
      clearTimeout(timer);
      timer = setTimeout(() => {
        fromLive.current = true;
        setGeneration((g) => g + 1);
      }, 60);
    });
    return () => {
      clearTimeout(timer);
      stop();
    };
  }, [isLive]);

  const refetch = useCallback(() => setGeneration((g) => g + 1), []);
  return {
    data,
    error,
    loading: pending && loadedKey !== key,
    refreshing: pending,
    changedAt,
    refetch,
  };
};
