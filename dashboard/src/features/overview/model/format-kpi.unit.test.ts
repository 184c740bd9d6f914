import { describe, expect, it } from 'vitest';
import { createFormat } from '@/lib/i18n/format.ts';
import { formatDelta, formatKpi } from './format-kpi.ts';

const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

describe('KPI values and their changes in words', () => {
  it('formats each shape for the language', () => {
    const ru = createFormat('ru');
    expect(formatKpi(ru, 'count', 1234)).toBe('1 234'.replace(' ', '\u00a0'));
    expect(plain(formatKpi(ru, 'rate', 0.5))).toBe('50 %');
    expect(formatKpi(createFormat('en'), 'days', 12)).toBe('12 days');
    expect(formatKpi(ru, 'count', null)).toBe('—');
  });

  it('says counts as absolute and relative, rates in points, days in days', () => {
    const en = createFormat('en');
    expect(formatDelta(en, 'count', { change: 4, relative: 0.5, tone: 'better' }, 'pp')).toBe('+4 (+50%)');
    expect(formatDelta(en, 'count', { change: -3, relative: null, tone: 'worse' }, 'pp')).toBe('\u22123');
    expect(formatDelta(en, 'rate', { change: 0.025, relative: null, tone: 'better' }, 'pp')).toBe('+2.5 pp');
    expect(formatDelta(en, 'days', { change: 3, relative: null, tone: 'worse' }, 'pp')).toBe('+3 days');
  });

  it('writes a decrease with the minus sign (U+2212), never a hyphen, in every language', () => {
    for (const lang of ['ru', 'kk', 'en'] as const) {
      const fmt = createFormat(lang);
      const texts = [
        formatDelta(fmt, 'count', { change: -3, relative: -0.25, tone: 'worse' }, 'pp'),
        formatDelta(fmt, 'sum', { change: -2_500_000, relative: -0.1, tone: 'worse' }, 'pp'),
        formatDelta(fmt, 'rate', { change: -0.025, relative: null, tone: 'worse' }, 'pp'),
        formatDelta(fmt, 'days', { change: -4, relative: null, tone: 'better' }, 'pp'),
      ];
      for (const text of texts) {
        expect(text, `${lang}: ${text}`).toMatch(/^\u2212/);
        expect(text, `${lang}: ${text}`).not.toMatch(/-/);
      }
    }
  });
});
