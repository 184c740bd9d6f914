import { describe, expect, it } from 'vitest';
import { MAX_EVENT_DATA_BYTES, validateEvent } from './validate.ts';

const risk = {
  riskId: '0b8f6d1e-8a55-4f0e-9a39-1c8f0f5e2a11',
  region: 'KZ-15',
  organization: 'Акимат г. Актобе',
  process: 'Предоставление земельных участков',
  sphere: 'LAND_RELATIONS',
  causeCategory: 'EXCESSIVE_DISCRETION',
  source: 'EXTERNAL_ANALYSIS',
  description: 'Комиссия по земельным вопросам решает без критериев',
  occurredOn: '2026-03-14',
};

describe('validateEvent', () => {
  it('accepts a well-formed event and trims its text', () => {
    const result = validateEvent('RiskIdentified', { ...risk, organization: '  Акимат г. Актобе ' });
    expect(result).toEqual({ ok: true, value: { type: 'RiskIdentified', data: risk } });
  });

  it('names every bad field with a message', () => {
    const result = validateEvent('RiskIdentified', {
      ...risk,
      region: 'KZ-AKM',
      occurredOn: '2026-02-30',
      organization: ' ',
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((i) => i.path).sort()).toEqual([
      'data.occurredOn',
      'data.organization',
      'data.region',
    ]);
    expect(result.issues.find((i) => i.path === 'data.region')?.message).toMatch(/ISO 3166-2:KZ/);
  });

  it('refuses unknown fields rather than storing them silently', () => {
    const result = validateEvent('RiskIdentified', { ...risk, arrests: 3 });
    expect(result.ok).toBe(false);
  });

  it('refuses an unknown event type, naming the type', () => {
    const result = validateEvent('OfficialArrested', {});
    expect(result).toMatchObject({ ok: false, issues: [{ path: 'type', code: 'unknown_event_type' }] });
  });

  it('refuses oversize data', () => {
    const result = validateEvent('RiskIdentified', {
      ...risk,
      description: 'x'.repeat(MAX_EVENT_DATA_BYTES),
    });
    expect(result).toMatchObject({ ok: false, issues: [{ path: 'data', code: 'too_big' }] });
  });

  it('checks a recommendation is not due before it was issued', () => {
    const result = validateEvent('RecommendationIssued', {
      recommendationId: '6f1c1f7e-3b7a-4d0e-8f55-5a0c2b9e7d10',
      riskId: risk.riskId,
      region: 'KZ-15',
      organization: 'Акимат г. Актобе',
      text: 'Ввести критерии',
      dueOn: '2026-03-01',
      occurredOn: '2026-03-20',
    });
    expect(result).toMatchObject({ ok: false, issues: [{ path: 'data.dueOn' }] });
  });

  it('refuses a transformation that names the same risk twice or none', () => {
    const base = {
      transformationId: '9d3c8a0e-1f2b-4c5d-8e6f-7a8b9c0d1e2f',
      region: 'KZ-15',
      organization: 'Акимат',
      process: 'Земля',
      kind: 'DIGITISED',
      description: 'Перевод в электронный формат',
      occurredOn: '2026-04-01',
    };
    expect(validateEvent('ProcessTransformed', { ...base, removesRiskIds: [] })).toMatchObject({
      ok: false,
      issues: [{ path: 'data.removesRiskIds' }],
    });
    expect(
      validateEvent('ProcessTransformed', { ...base, removesRiskIds: [risk.riskId, risk.riskId] }).ok,
    ).toBe(false);
    expect(validateEvent('ProcessTransformed', { ...base, removesRiskIds: [risk.riskId] })).toMatchObject({
      ok: true,
      value: { data: { implementsRecommendationIds: [] } },
    });
  });

  describe('a right restored', () => {
    const right = {
      caseId: '7cf0de8f-f1cc-4a7f-8bab-8df07acfc188',
      region: 'KZ-15',
      kind: 'LAND_PLOT_RETURNED',
      peopleCount: 1,
      description: 'Участок возвращён',
      occurredOn: '2026-05-10',
    };

    it('naming a risk may leave its sphere and organization to that risk', () => {
      expect(validateEvent('RightRestored', { ...right, riskId: risk.riskId }).ok).toBe(true);
      expect(
        validateEvent('RightRestored', {
          ...right,
          sphere: 'LAND_RELATIONS',
          organization: 'Акимат г. Актобе',
        }).ok,
      ).toBe(true);
    });

    it('naming no risk must give both, each named with the other bad fields', () => {
      const result = validateEvent('RightRestored', { ...right, peopleCount: 0 });
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.issues.map((i) => [i.path, i.message])).toEqual(
        expect.arrayContaining([
          ['data.peopleCount', 'must be at least 1'],
          ['data.organization', 'is required when the case names no risk'],
          ['data.sphere', 'is required when the case names no risk'],
        ]),
      );
    });
  });
});
