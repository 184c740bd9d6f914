import { describe, expect, it } from 'vitest';
import { ISSUE_CODES } from '../../../../../schema/src/issue-codes.ts';
import { LANGS } from '../lang.ts';
import { ISSUE_WORDS, refusalKindOf, wordIssue } from './issue-text.ts';

const day = (date: string) => `«${date}»`;
const PLACEHOLDERS = new Set(['date', 'limit', 'id', 'count']);
/** Words a ru or kk reader may see in Latin letters: codes and names, not English prose. */
const LATIN_ALLOWED = /^(KZ|JSON)$/;

describe('the words for every field-issue code', () => {
  it('exist in ru, kk and en for each code of the registry, with only known placeholders', () => {
    for (const lang of LANGS) {
      for (const code of ISSUE_CODES) {
        const words = ISSUE_WORDS[lang].issues[code];
        expect(words, `${lang} ${code}`).toBeTruthy();
        for (const [, name] of words.matchAll(/\{(\w+)\}/g))
          expect(PLACEHOLDERS.has(name!), `${lang} ${code} {${name}}`).toBe(true);
      }
      expect(Object.keys(ISSUE_WORDS[lang].issues).sort()).toEqual([...ISSUE_CODES].sort());
    }
  });

  it('are Russian and Kazakh, not English, for a ru or kk reader', () => {
    for (const lang of ['ru', 'kk'] as const) {
      const all = [...Object.values(ISSUE_WORDS[lang].issues), ...Object.values(ISSUE_WORDS[lang].refusals)];
      for (const text of all) {
        const latin = (text.match(/[A-Za-z]{2,}/g) ?? []).filter(
          (w) => !LATIN_ALLOWED.test(w) && !PLACEHOLDERS.has(w),
        );
        expect(latin, `${lang}: ${text}`).toEqual([]);
      }
    }
  });

  it('put the values the issue names into the words, and a dash for one it does not name', () => {
    const issue = { path: 'occurredOn', code: 'in_future', values: { date: '2026-11-20' } } as const;
    expect(wordIssue('ru', issue, day)).toContain('«2026-11-20»');
    expect(wordIssue('kk', issue, day)).toContain('«2026-11-20»');
    expect(wordIssue('en', { path: 'occurredOn', code: 'in_future' }, day)).toContain('—');
    expect(wordIssue('ru', { path: 'spec.filters.to', code: 'before_start' }, day, 'По')).toBe(
      'По: Не может быть раньше даты начала.',
    );
  });

  it('name every kind of refusal by the result type', () => {
    expect(refusalKindOf('ChartConflict')).toBe('conflict');
    expect(refusalKindOf('ReportScheduleNotFound')).toBe('notFound');
    expect(refusalKindOf('CentralBodyForbidden')).toBe('forbidden');
    expect(refusalKindOf('AlertRuleValidationFailed')).toBe('validation');
    expect(refusalKindOf('SubmissionReused')).toBe('submissionReused');
    for (const lang of LANGS)
      for (const words of Object.values(ISSUE_WORDS[lang].refusals)) expect(words).toBeTruthy();
  });
});
