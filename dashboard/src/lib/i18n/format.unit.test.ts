import { describe, expect, it } from 'vitest';
import { createFormat } from './format.ts';

// Intl puts narrow no-break spaces in groups and before units; compare on plain spaces.
const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

describe('formatting for the interface language', () => {
  it('writes tenge amounts as each language does', () => {
    expect(plain(createFormat('ru').kzt(1_250_000))).toBe('1 250 000 ₸');
    expect(plain(createFormat('en').kzt(1_250_000))).toBe('KZT 1,250,000');
    expect(plain(createFormat('kk').kzt(1_250_000))).toBe('1 250 000 ₸');
  });

  it('shows a business date as that calendar day, whatever the viewer time zone', () => {
    expect(createFormat('ru').date('2026-01-01')).toBe('1 января 2026 г.');
    expect(createFormat('en').date('2026-12-31')).toBe('December 31, 2026');
  });

  it('shows rates as percentages and their changes in points with a sign', () => {
    expect(plain(createFormat('ru').percent(0.425))).toBe('42,5 %');
    expect(createFormat('en').percent(0.425)).toBe('42.5%');
    expect(createFormat('en').points(-0.031)).toBe('-3.1');
    expect(createFormat('en').signed(4)).toBe('+4');
  });

  it('shows instants in Almaty time', () => {
    expect(createFormat('en').dateTime('2026-03-01T20:30:00Z')).toMatch(/Mar 2, 2026.*1:30/);
  });
});

describe('Kazakh, written to the Kazakh norm whatever locale data the browser ships', () => {
  const kk = createFormat('kk');

  it('names months and days in Kazakh', () => {
    expect(kk.date('2025-12-02')).toBe('2025 жылғы 2 желтоқсан');
    expect(kk.month('2026-03-01')).toBe('нау. 2026');
    expect(kk.shortDate('2026-03-01')).toBe('01.03.2026');
    expect(kk.days(139)).toBe('139 күн');
  });

  it('writes a decimal comma and no space before the percent sign', () => {
    expect(kk.percent(0.386)).toBe('38,6%');
    expect(plain(kk.integer(604970))).toBe('604 970');
  });

  it('shows instants in Almaty time', () => {
    expect(kk.dateTime('2026-03-01T20:30:00Z')).toBe('02.03.2026, 01:30');
  });
});
