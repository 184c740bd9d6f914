import { describe, expect, it } from 'vitest';
import { dayPattern, formatDayText, parseDayText } from './day-text.ts';

describe("a calendar day typed in the app's language", () => {
  it('is written and hinted as the language writes it, whatever the browser speaks', () => {
    expect(formatDayText('2026-03-14', 'ru')).toBe('14.03.2026');
    expect(formatDayText('2026-03-14', 'kk')).toBe('14.03.2026');
    expect(formatDayText('2026-03-14', 'en')).toBe('03/14/2026');
    expect(dayPattern('ru')).toBe('ДД.ММ.ГГГГ');
    expect(dayPattern('kk')).toBe('КК.АА.ЖЖЖЖ');
    expect(dayPattern('en')).toBe('MM/DD/YYYY');
    expect(formatDayText('', 'ru')).toBe('');
  });

  it("is read in the language's order, or as an ISO day", () => {
    expect(parseDayText('14.03.2026', 'ru')).toBe('2026-03-14');
    expect(parseDayText(' 4.3.2026 ', 'kk')).toBe('2026-03-04');
    expect(parseDayText('03/14/2026', 'en')).toBe('2026-03-14');
    expect(parseDayText('2026-03-14', 'ru')).toBe('2026-03-14');
    expect(parseDayText('2026-03-14', 'en')).toBe('2026-03-14');
  });

  it('is refused when it is no day of the calendar', () => {
    expect(parseDayText('31.02.2026', 'ru')).toBeNull();
    expect(parseDayText('14/03/2026', 'en')).toBeNull();
    expect(parseDayText('14.03.26', 'ru')).toBeNull();
    expect(parseDayText('завтра', 'ru')).toBeNull();
    expect(parseDayText('', 'ru')).toBeNull();
  });
});
