import { describe, expect, it } from 'vitest';
import { issuesByField } from './field-issues.ts';

describe("the server's field issues", () => {
  it('land on the field they name, list entries on their list, the rest apart', () => {
    const { byField, other } = issuesByField(
      [
        { path: 'occurredOn', code: 'in_future', values: { date: '2026-11-20' } },
        { path: 'removesRiskIds.1', code: 'not_found' },
        { path: 'removesRiskIds.2', code: 'not_found' },
        { path: 'streamId', code: 'invalid_stream' },
      ],
      ['occurredOn', 'removesRiskIds', 'organization'],
    );
    expect(Object.keys(byField)).toEqual(['occurredOn', 'removesRiskIds']);
    expect(byField.removesRiskIds?.path).toBe('removesRiskIds.1');
    expect(other.map((i) => i.path)).toEqual(['streamId']);
  });
});
