import type { EventData, TargetSet, TargetWithdrawn } from '@kpi/schema';
import { describe, expect, it } from 'vitest';
import { authorityFor } from './authority.ts';
import type { DecidableOf } from './command.ts';
import { NOW } from './fixtures.ts';
import { given } from './given-when-then.ts';
import { toDecidable } from './prepare.ts';
import { CommandRefusedError } from './refusal.ts';
import { initialTargetState, setTarget } from './target-decider.ts';

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

describe('a target for a central state body', () => {
  it('records it as for a region, on the body’s own key', () => {
    given()
      .when(set({ unit: 'MIN-HEALTH' }))
      .thenRecords(targetSet({ unit: 'MIN-HEALTH' }));
  });

  it('refuses a body the catalogue does not hold, at the unit field naming it', () => {
    const [issue] = given()
      .when(set({ unit: 'MIN-NOWHERE' }))
      .thenInvalid(['unit', 'unknown_central_body']);
    expect(issue).toMatchObject({
      message: expect.stringContaining('MIN-NOWHERE'),
      values: { id: 'MIN-NOWHERE' },
    });
  });

  it('accepts a body an administrator added since, as the catalogue holds it when decided', () => {
    const command = set({ unit: 'AG-NEW-BODY' });
    const added = { isCentralBody: (code: string) => code === 'AG-NEW-BODY' };
    expect(setTarget(command, initialTargetState(), added)).toEqual([targetSet({ unit: 'AG-NEW-BODY' })]);
    const before = { isCentralBody: () => false };
    expect(() => setTarget(command, initialTargetState(), before)).toThrow(CommandRefusedError);
  });

  it('refuses a unit of no unit’s form before any rule, naming the field', () => {
    for (const unit of ['kz-15', 'KZ-99', 'MIN HEALTH', '']) {
      const prepared = toDecidable({ type: 'SetTarget', data: data({ unit }) }, 's-u', NOW, null);
      expect(prepared).toMatchObject({
        ok: false,
        refusal: {
          kind: 'ValidationFailed',
          issues: [{ path: 'unit', message: expect.stringContaining('MIN-HEALTH') }],
        },
      });
    }
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
    expect(authorityFor({ userId: 'd', role: 'DEPUTY_CHAIR', region: null }, commands)).toEqual({
      ok: true,
      unit: null,
    });
    for (const submitter of [
      { userId: 'o', role: 'REGIONAL_OFFICER' as const, region: 'KZ-15' as const },
      // A body's officer sets no target, not even their own body's.
      { userId: 'b', role: 'CENTRAL_BODY_OFFICER' as const, region: null, centralBody: 'MIN-HEALTH' },
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
