import type { EventData, TargetSet, TargetWithdrawn } from '@kpi/schema';
import { describe, expect, it } from 'vitest';
import { authorityFor } from './authority.ts';
import type { DecidableOf } from './command.ts';
import { NOW } from './fixtures.ts';
import { given } from './given-when-then.ts';
import { toDecidable } from './prepare.ts';

const key = { kpi: 'causesRemoved', unit: 'KZ-15', period: '2026-Q2' } as const;
const data = (over: Partial<EventData<'TargetSet'>> = {}): EventData<'TargetSet'> => ({
  ...key,
  value: 40,
  direction: 'AT_LEAST',
  occurredOn: '2026-04-01',
  ...over,
});
const set = (over: Partial<EventData<'TargetSet'>> = {}): DecidableOf<'SetTarget'> => ({
  type: 'SetTarget',
  data: data(over),
  now: NOW,
  submitterUnit: null,
});
const withdraw = (occurredOn = '2026-05-01'): DecidableOf<'WithdrawTarget'> => ({
  type: 'WithdrawTarget',
  data: { ...key, occurredOn },
  now: NOW,
  submitterUnit: null,
});
const targetSet = (over: Partial<EventData<'TargetSet'>> = {}): TargetSet => ({
  type: 'TargetSet',
  data: data(over),
});
const targetWithdrawn = (occurredOn = '2026-05-01'): TargetWithdrawn => ({
  type: 'TargetWithdrawn',
  data: { ...key, occurredOn },
});

describe('set a target', () => {
  it('records a new target', () => {
    given().when(set()).thenRecords(targetSet());
  });

  it('replaces the target in force, and sets one again after a withdrawal', () => {
    given(targetSet())
      .when(set({ value: 55 }))
      .thenRecords(targetSet({ value: 55 }));
    given(targetSet())
      .when(set({ direction: 'AT_MOST' }))
      .thenRecords(targetSet({ direction: 'AT_MOST' }));
    given(targetSet(), targetWithdrawn()).when(set()).thenRecords(targetSet());
  });

  it('refuses the same target again as a change of nothing', () => {
    given(targetSet()).when(set()).thenInvalid(['value', 'unchanged']);
  });

  it('refuses a date in the future', () => {
    given()
      .when(set({ occurredOn: '2026-06-16' }))
      .thenInvalid(['occurredOn', 'in_future']);
  });
});

describe('withdraw a target', () => {
  it('withdraws the target in force', () => {
    given(targetSet()).when(withdraw()).thenRecords(targetWithdrawn());
  });

  it('refuses to withdraw a target that does not exist or is withdrawn already', () => {
    given().when(withdraw()).thenNotFound('causesRemoved.KZ-15.2026-Q2');
    given(targetSet(), targetWithdrawn()).when(withdraw()).thenNotFound('causesRemoved.KZ-15.2026-Q2');
  });

  it('refuses a date in the future', () => {
    given(targetSet()).when(withdraw('2026-07-01')).thenInvalid(['occurredOn', 'in_future']);
  });
});

describe('a target command as submitted', () => {
  it('refuses a bad value naming the field', () => {
    const rate = toDecidable(
      { type: 'SetTarget', data: { ...data(), kpi: 'removalRate', value: 1.5 } },
      's-1',
      NOW,
      null,
    );
    expect(rate).toMatchObject({
      ok: false,
      refusal: {
        kind: 'ValidationFailed',
        issues: [{ path: 'value', message: expect.stringMatching(/0 and 1/) }],
      },
    });
    const count = toDecidable({ type: 'SetTarget', data: data({ value: -5 }) }, 's-2', NOW, null);
    expect(count).toMatchObject({
      ok: false,
      refusal: { kind: 'ValidationFailed', issues: [{ path: 'value', message: 'must not be negative' }] },
    });
  });

  it('is the chair’s alone', () => {
    const commands = [{ type: 'SetTarget' }];
    expect(authorityFor({ userId: 'c', role: 'CHAIR', region: null }, commands)).toEqual({
      ok: true,
      unit: null,
    });
    for (const submitter of [
      { userId: 'o', role: 'REGIONAL_OFFICER' as const, region: 'KZ-15' as const },
      { userId: 'a', role: 'ANALYST' as const, region: null },
      { userId: 'd', role: 'ADMINISTRATOR' as const, region: null },
      null,
    ]) {
      expect(authorityFor(submitter, commands)).toMatchObject({ ok: false, refusal: { kind: 'Forbidden' } });
    }
  });

  it('is never mixed with regional events in one batch, and the chair submits no regional event', () => {
    const chair = { userId: 'c', role: 'CHAIR' as const, region: null };
    expect(authorityFor(chair, [{ type: 'SetTarget' }, { type: 'IdentifyRisk' }])).toMatchObject({
      ok: false,
    });
    expect(authorityFor(chair, [{ type: 'IdentifyRisk' }])).toMatchObject({ ok: false });
  });
});
