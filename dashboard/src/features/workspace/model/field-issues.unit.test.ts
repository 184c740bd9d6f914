import { describe, expect, it } from 'vitest';
import { issuesByField, readIssue } from './field-issues.ts';

describe("the server's field issues", () => {
  it('land on the field they name, list entries on their list, the rest apart', () => {
    const { byField, other } = issuesByField(
      [
        {
          path: 'occurredOn',
          code: 'in_future',
          message: 'must not be in the future (today is 2026-11-20 in Almaty)',
        },
        { path: 'removesRiskIds.1', code: 'not_found', message: 'no such risk' },
        { path: 'removesRiskIds.2', code: 'not_found', message: 'no such risk' },
        { path: 'streamId', code: 'x', message: 'internal' },
      ],
      ['occurredOn', 'removesRiskIds', 'organization'],
    );
    expect(Object.keys(byField)).toEqual(['occurredOn', 'removesRiskIds']);
    expect(byField.removesRiskIds?.path).toBe('removesRiskIds.1');
    expect(other.map((i) => i.path)).toEqual(['streamId']);
  });

  it('read as a message the interface can translate, keeping the date the server named', () => {
    expect(
      readIssue({
        path: 'occurredOn',
        code: 'in_future',
        message: 'must not be in the future (today is 2026-11-20 in Almaty)',
      }),
    ).toEqual({
      code: 'inFuture',
      date: '2026-11-20',
      server: 'must not be in the future (today is 2026-11-20 in Almaty)',
    });
    expect(readIssue({ path: 'organization', code: 'too_small', message: 'must not be empty' }).code).toBe(
      'required',
    );
    expect(
      readIssue({ path: 'description', code: 'too_big', message: 'must be at most 5000 characters' }).code,
    ).toBe('tooLong');
    expect(
      readIssue({
        path: 'occurredOn',
        code: 'invalid_format',
        message: 'must be a calendar date written YYYY-MM-DD',
      }).code,
    ).toBe('invalidDate');
    expect(readIssue({ path: 'x', code: 'something_new', message: 'why' }).code).toBe('invalid');
  });
});
