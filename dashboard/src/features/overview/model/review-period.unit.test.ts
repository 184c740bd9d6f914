import { describe, expect, it } from 'vitest';
import { reviewPeriodOf, reviewReportUrl } from './review-period.ts';

describe('the review period of the overview’s days', () => {
  it('is the month, quarter, third or year the days fill from its first day', () => {
    expect(reviewPeriodOf('2026-03-01', '2026-03-31')).toBe('2026-03');
    expect(reviewPeriodOf('2026-04-01', '2026-06-30')).toBe('2026-Q2');
    expect(reviewPeriodOf('2026-04-01', '2026-05-12')).toBe('2026-Q2');
    expect(reviewPeriodOf('2026-05-01', '2026-08-31')).toBe('2026-T2');
    expect(reviewPeriodOf('2026-01-01', '2026-12-05')).toBe('2026');
  });

  it('is the quarter the days end in otherwise (twelve months to today)', () => {
    expect(reviewPeriodOf('2025-12-06', '2026-12-05')).toBe('2026-Q4');
    expect(reviewPeriodOf('2026-02-10', '2026-02-20')).toBe('2026-Q1');
  });

  it('makes the download address from the filters and the language', () => {
    expect(
      reviewReportUrl({
        from: '2026-01-01',
        to: '2026-03-31',
        region: 'KZ-15',
        asOf: '2026-03-31',
        lang: 'kk',
      }),
    ).toBe('/reports/review.pdf?period=2026-Q1&unit=KZ-15&asOf=2026-03-31&lang=kk');
    expect(
      reviewReportUrl({ from: '2026-01-01', to: '2026-03-31', region: null, asOf: null, lang: 'ru' }),
    ).toBe('/reports/review.pdf?period=2026-Q1&lang=ru');
  });
});
