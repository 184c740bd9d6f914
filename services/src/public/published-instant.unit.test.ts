import type { PublicFigures } from '@kpi/projections';
import { describe, expect, it } from 'vitest';
import { FiguresCache } from './figures-cache.ts';
import { offeredPeriods, parsePublicRequest } from './public-request.ts';
import { publishedInstant, secondsUntilNextInstant } from './published-instant.ts';

const figures = (period: string): PublicFigures => ({
  period,
  range: { from: '2026-01-01', to: '2026-03-01' },
  asOf: '2026-03-01T10:00:00.000Z',
  kpis: [],
  units: [],
});

describe('the published instant', () => {
  it('is now less the delay, floored to the hour, and moves on at the next hour', () => {
    const now = new Date('2026-03-08T10:42:30Z');
    expect(publishedInstant(now, 7).toISOString()).toBe('2026-03-01T10:00:00.000Z');
    expect(publishedInstant(now, 0).toISOString()).toBe('2026-03-08T10:00:00.000Z');
    expect(secondsUntilNextInstant(now)).toBe(17 * 60 + 30);
  });

  it('offers this year’s begun quarters and the two years before; defaults to the published year', () => {
    const published = new Date('2026-05-10T00:00:00Z');
    expect(offeredPeriods(published)).toEqual(['2026', '2026-Q2', '2026-Q1', '2025', '2024']);
    expect(parsePublicRequest({}, published)).toEqual({ ok: true, request: { period: '2026', lang: 'ru' } });
    expect(parsePublicRequest({ lang: 'fr' }, published)).toMatchObject({
      ok: false,
      refusal: { parameter: 'lang' },
    });
  });
});

describe('the figures cache', () => {
  it('computes a period once per published instant, and again when the instant moves', () => {
    const cache = new FiguresCache(2);
    let computed = 0;
    const compute = (period: string) => () => {
      computed += 1;
      return figures(period);
    };
    const ten = new Date('2026-03-01T10:00:00Z');
    const eleven = new Date('2026-03-01T11:00:00Z');
    cache.get(ten, '2026', compute('2026'));
    cache.get(ten, '2026', compute('2026'));
    expect(computed).toBe(1);
    cache.get(eleven, '2026', compute('2026'));
    expect(computed).toBe(2);
    // Bounded: a third entry pushes the oldest out.
    cache.get(eleven, '2026-Q1', compute('2026-Q1'));
    cache.get(ten, '2026', compute('2026'));
    expect(computed).toBe(4);
    expect({ hits: cache.hits, misses: cache.misses }).toEqual({ hits: 1, misses: 4 });
  });
});
