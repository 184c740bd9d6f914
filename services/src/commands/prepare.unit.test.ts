import { describe, expect, it } from 'vitest';
import type { Command } from './command.ts';
import { NOW } from './fixtures.ts';
import { newIdFor, officerUnitOf, toDecidable } from './prepare.ts';
import { submissionEntityId, submissionEventId } from './submission-ids.ts';

const UUID_V5 = /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

const withdraw = (over: Partial<Record<string, unknown>> = {}) =>
  ({
    type: 'WithdrawRisk',
    data: {
      riskId: '0b8f6d1e-8a55-4f0e-9a39-1c8f0f5e2a11',
      reason: 'Ошибка',
      occurredOn: '2026-04-01',
      ...over,
    },
  }) as Command;

describe('ids derived from the submission id', () => {
  it('are name-based UUIDs, the same for the same submission and distinct otherwise', () => {
    const ids = [
      submissionEventId('s-1', 0),
      submissionEventId('s-1', 1),
      submissionEventId('s-2', 0),
      submissionEntityId('s-1', 'risk'),
      submissionEntityId('s-1', 'recommendation'),
    ];
    for (const id of ids) expect(id).toMatch(UUID_V5);
    expect(new Set(ids).size).toBe(ids.length);
    expect(submissionEventId('s-1', 0)).toBe(ids[0]);
    expect(newIdFor('IdentifyRisk', 's-1')).toBe(ids[3]);
  });
});

describe('toDecidable', () => {
  it('adds the server-made id of a creating command, ignoring one the submitter sent', () => {
    const prepared = toDecidable(
      {
        type: 'RecordRightRestored',
        data: {
          caseId: 'chosen-by-client',
          region: 'KZ-15',
          organization: ' Акимат ',
          sphere: 'SOCIAL_PROTECTION',
          kind: 'PAYMENT_MADE',
          peopleCount: 1,
          description: 'Выплата произведена',
          occurredOn: '2026-05-01',
        } as never,
      },
      's-1',
      NOW,
      'KZ-15',
    );
    expect(prepared).toMatchObject({
      ok: true,
      command: { data: { caseId: newIdFor('RecordRightRestored', 's-1'), organization: 'Акимат' }, now: NOW },
    });
  });

  it('refuses a right restored that names no risk and leaves out its sphere or organization', () => {
    const prepared = toDecidable(
      {
        type: 'RecordRightRestored',
        data: {
          region: 'KZ-15',
          kind: 'PAYMENT_MADE',
          peopleCount: 1,
          description: 'Выплата произведена',
          occurredOn: '2026-05-01',
        },
      },
      's-2',
      NOW,
      'KZ-15',
    );
    expect(prepared).toMatchObject({
      ok: false,
      refusal: {
        kind: 'ValidationFailed',
        issues: [
          { path: 'organization', message: 'is required when the case names no risk' },
          { path: 'sphere', message: 'is required when the case names no risk' },
        ],
      },
    });
  });

  it('names bad fields without a data. prefix, with the submission id and expected revision', () => {
    const prepared = toDecidable(
      { ...withdraw({ occurredOn: '1 April' }), expectedRevision: -1 },
      ' ',
      NOW,
      'KZ-15',
    );
    expect(prepared.ok).toBe(false);
    if (prepared.ok || prepared.refusal.kind !== 'ValidationFailed')
      throw new Error('expected ValidationFailed');
    expect(prepared.refusal.issues.map((i) => i.path).sort()).toEqual([
      'expectedRevision',
      'occurredOn',
      'submissionId',
    ]);
  });

  it('refuses an unknown command type and unknown fields', () => {
    expect(toDecidable({ type: 'DeleteRisk' } as never, 's', NOW, 'KZ-15')).toMatchObject({
      ok: false,
      refusal: { issues: [{ path: 'type', code: 'unknown_command' }] },
    });
    expect(toDecidable(withdraw({ arrests: 3 }), 's', NOW, 'KZ-15')).toMatchObject({
      ok: false,
      refusal: { kind: 'ValidationFailed', issues: [{ code: 'unrecognized_keys' }] },
    });
  });
});

describe('officerUnitOf', () => {
  it("is the region of a regional officer, the body of a central body's officer, and Forbidden for anyone else", () => {
    expect(officerUnitOf({ userId: 'u', role: 'REGIONAL_OFFICER', region: 'KZ-15' })).toBe('KZ-15');
    expect(
      officerUnitOf({ userId: 'u', role: 'CENTRAL_BODY_OFFICER', region: null, centralBody: 'MIN-HEALTH' }),
    ).toBe('MIN-HEALTH');
    expect(officerUnitOf({ userId: 'u', role: 'CENTRAL_BODY_OFFICER', region: null })).toMatchObject({
      kind: 'Forbidden',
    });
    expect(officerUnitOf({ userId: 'u', role: 'REGIONAL_OFFICER', region: null })).toMatchObject({
      kind: 'Forbidden',
    });
    expect(officerUnitOf({ userId: 'u', role: 'CHAIR', region: null })).toMatchObject({
      kind: 'Forbidden',
    });
    expect(officerUnitOf(null)).toMatchObject({ kind: 'Forbidden' });
  });
});
