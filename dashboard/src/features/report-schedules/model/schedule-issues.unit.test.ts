import { describe, expect, it } from 'vitest';
import { hasProblems, NO_PROBLEMS, problemsOf, recipientsToSend } from './schedule-issues.ts';

describe('a report schedule’s refusals, placed under their fields', () => {
  it('given blank boxes between addresses, when sent, then the blanks are left out and each address keeps its box', () => {
    expect(recipientsToSend([' a@x.kz ', '', 'b@x.kz', '   '])).toEqual({
      sent: ['a@x.kz', 'b@x.kz'],
      boxOf: [0, 2],
    });
  });

  it('given the second address sent is refused, when placed, then the box it was typed in carries it', () => {
    const { boxOf } = recipientsToSend(['a@x.kz', '', 'not-an-address']);
    const problems = problemsOf([{ path: 'recipients.1', code: 'invalid_format' }], boxOf);
    expect(problems.recipientBoxes).toEqual({ 2: 'schedules.issue.recipient' });
    expect(hasProblems(problems)).toBe(true);
  });

  it('given the cadence, unit and language refused, when placed, then each field has its own message', () => {
    const problems = problemsOf(
      [
        { path: 'cadence', code: 'invalid_value' },
        { path: 'unit', code: 'invalid_value' },
        { path: 'lang', code: 'invalid_value' },
      ],
      [],
    );
    expect(problems).toMatchObject({
      cadence: 'schedules.issue.cadence',
      unit: 'schedules.issue.unit',
      lang: 'schedules.issue.lang',
    });
  });

  it('given no address or too many, when placed, then the list as a whole says which', () => {
    expect(problemsOf([{ path: 'recipients', code: 'too_small' }], []).recipients).toBe(
      'schedules.issue.recipientsEmpty',
    );
    expect(problemsOf([{ path: 'recipients', code: 'too_big' }], []).recipients).toBe(
      'schedules.issue.recipientsMany',
    );
  });

  it('given a path the form has no field for, when placed, then it is kept rather than lost', () => {
    const problems = problemsOf(
      [
        { path: 'recipients.9', code: 'invalid_format' },
        { path: 'x', code: 'c' },
      ],
      [0],
    );
    expect(problems.unplaced).toEqual(['recipients.9', 'x']);
    expect(hasProblems(problems)).toBe(true);
    expect(hasProblems(NO_PROBLEMS)).toBe(false);
  });
});
