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

  it('read refusals of what is dated after the fact it contradicts, with the date of that fact', () => {
    const read = (code: string, message: string) => readIssue({ path: 'riskId', code, message });
    expect(
      read(
        'removed',
        'the risk was removed on 2025-12-28 by transformation 5adebc6d-dfaa-4e5d-8f8e-6bde5eadaf66, before this recommendation',
      ),
    ).toMatchObject({ code: 'removed', date: '2025-12-28' });
    expect(
      read(
        'implemented',
        'the recommendation was implemented on 2025-10-31 by transformation 5adebc6d-dfaa-4e5d-8f8e-6bde5eadaf66',
      ),
    ).toMatchObject({ code: 'implemented', date: '2025-10-31' });
    expect(
      read('rejected', 'recommendation 3ebc9a4b-bd88-4c3b-8d6c-4fbc3c8b5d44 was rejected on 2025-11-02'),
    ).toMatchObject({
      code: 'rejected',
      date: '2025-11-02',
    });
    expect(
      read('after_referenced', 'the due date was moved on 2025-11-10, after this rejection'),
    ).toMatchObject({
      code: 'afterReferenced',
      date: '2025-11-10',
    });
    expect(
      read('moved_after', 'the due date of recommendation x was moved on 2025-11-10, after'),
    ).toMatchObject({
      code: 'movedAfter',
      date: '2025-11-10',
    });
    expect(
      read(
        'recommended_after',
        "recommendation x for risk y was issued on 2025-11-12, after this transformation's date",
      ),
    ).toMatchObject({ code: 'recommendedAfter', date: '2025-11-12' });
    expect(
      read(
        'rejected_later',
        'recommendation x was rejected on 2025-11-20: implementing it on an earlier date',
      ),
    ).toMatchObject({ code: 'rejectedLater', date: '2025-11-20' });
    expect(
      read('implemented_later', 'the recommendation was implemented on 2025-10-31 by transformation t'),
    ).toMatchObject({ code: 'implementedLater', date: '2025-10-31' });
    expect(read('custom', 'is required when the case names no risk').code).toBe('required');
  });
});
