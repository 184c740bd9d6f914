import { afterEach, describe, expect, it, vi } from 'vitest';
import { MeQuery } from '../session/me.ts';
import { peekAnswered, preloadQuery, takePreloaded } from './preload.ts';

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

  it('shows an arrived answer to a first render without taking it; nothing before it arrives', async () => {
    vi.stubGlobal('fetch', answering({ me: { id: 'u1' } }));
    preloadQuery(MeQuery, {});
    expect(peekAnswered(MeQuery, '{}')).toBeUndefined();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(peekAnswered(MeQuery, '{"other":1}')).toBeUndefined();
    expect(peekAnswered(MeQuery, '{}')).toEqual({ value: { me: { id: 'u1' } } });
    // A render may run twice: peeking leaves it for the effect that takes it.
    expect(peekAnswered(MeQuery, '{}')).toEqual({ value: { me: { id: 'u1' } } });
    await expect(takePreloaded(MeQuery, '{}')).resolves.toEqual({ me: { id: 'u1' } });
    expect(peekAnswered(MeQuery, '{}')).toBeUndefined();
  });

  it('shows no refused answer and no stale one', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response('not json', { status: 502 })),
    );
    preloadQuery(MeQuery, {});
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(peekAnswered(MeQuery, '{}')).toBeUndefined();
    await expect(takePreloaded(MeQuery, '{}')).rejects.toMatchObject({ status: 502 });
    vi.stubGlobal('fetch', answering({ me: null }));
    // The clock is held still while it is asked: a millisecond passing between reading it here
    // and the preload reading it would leave the answer exactly as fresh as the limit.
    const now = Date.now();
    const clock = vi.spyOn(Date, 'now').mockReturnValue(now);
    preloadQuery(MeQuery, {});
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(peekAnswered(MeQuery, '{}')).toEqual({ value: { me: null } });
    clock.mockReturnValue(now + 10_001);
    expect(peekAnswered(MeQuery, '{}')).toBeUndefined();
    vi.restoreAllMocks();
  });
});
