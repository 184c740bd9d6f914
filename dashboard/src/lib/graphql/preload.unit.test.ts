import { afterEach, describe, expect, it, vi } from 'vitest';
import { MeQuery } from '../session/me.ts';
import { preloadQuery, takePreloaded } from './preload.ts';

const answering = (data: unknown) =>
  vi.fn(async () => new Response(JSON.stringify({ data }), { status: 200 }));

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('a query asked before its screen rendered', () => {
  it('is sent at once and its answer is taken once, by the same variables', async () => {
    const fetch = answering({ me: null });
    vi.stubGlobal('fetch', fetch);
    preloadQuery(MeQuery, {});
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(takePreloaded(MeQuery, '{"other":1}')).toBeUndefined();
    await expect(takePreloaded(MeQuery, '{}')).resolves.toEqual({ me: null });
    // The second reader asks the server itself: a live refetch must never get an old answer.
    expect(takePreloaded(MeQuery, '{}')).toBeUndefined();
  });

  it('is not taken once stale: a screen opened much later asks again', () => {
    vi.useFakeTimers();
    vi.stubGlobal('fetch', answering({ me: null }));
    preloadQuery(MeQuery, {});
    vi.advanceTimersByTime(10_001);
    expect(takePreloaded(MeQuery, '{}')).toBeUndefined();
  });

  it('a refusal nobody reads raises no unhandled rejection, and the reader still sees it', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response('not json', { status: 502, statusText: 'Bad Gateway' })),
    );
    preloadQuery(MeQuery, {});
    await expect(takePreloaded(MeQuery, '{}')).rejects.toMatchObject({ status: 502 });
  });
});
