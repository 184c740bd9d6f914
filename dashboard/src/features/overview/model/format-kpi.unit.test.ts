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
    expect(formatDelta(en, 'count', { change: -3, relative: null, tone: 'worse' }, 'pp')).toBe('-3');
    expect(formatDelta(en, 'rate', { change: 0.025, relative: null, tone: 'better' }, 'pp')).toBe('+2.5 pp');
    expect(formatDelta(en, 'days', { change: 3, relative: null, tone: 'worse' }, 'pp')).toBe('+3 days');
  });
});
