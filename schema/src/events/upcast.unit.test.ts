import { describe, expect, it } from 'vitest';
import { CURRENT_SCHEMA_VERSION, UnknownSchemaVersionError, upcast } from './upcast.ts';
import { validateEvent } from './validate.ts';

describe('upcast', () => {
  const v1 = {
    riskId: '0b8f6d1e-8a55-4f0e-9a39-1c8f0f5e2a11',
    region: 'KZ-71',
    organization: 'Акимат г. Астаны',
    process: 'Выдача разрешений на строительство',
    sphere: 'CONSTRUCTION',
    causeCategory: 'ADMINISTRATIVE_BARRIER',
    description: 'Бумажная очередь',
    occurredOn: '2019-05-10',
  };

  it('lifts a v1 RiskIdentified to a valid current event', () => {
    const lifted = upcast('RiskIdentified', 1, v1);
    expect(lifted).toEqual({ ...v1, source: 'EXTERNAL_ANALYSIS' });
    expect(validateEvent('RiskIdentified', lifted).ok).toBe(true);
  });

  it('leaves current versions alone', () => {
    const current = { ...v1, source: 'CITIZEN_RECEPTION' };
    expect(upcast('RiskIdentified', CURRENT_SCHEMA_VERSION.RiskIdentified, current)).toBe(current);
  });

  it('refuses a version from the future rather than misreading it', () => {
    expect(() => upcast('RiskIdentified', 99, v1)).toThrow(UnknownSchemaVersionError);
  });

  it('lifts a v1 RightRestored: its own organization kept, a sphere only where it named no risk', () => {
    const right = {
      caseId: '7cf0de8f-f1cc-4a7f-8bab-8df07acfc188',
      region: 'KZ-15',
      organization: 'Акимат г. Актобе',
      kind: 'LAND_PLOT_RETURNED',
      peopleCount: 1,
      description: 'Участок возвращён',
      occurredOn: '2024-05-10',
    };
    const withRisk = { ...right, riskId: '0b8f6d1e-8a55-4f0e-9a39-1c8f0f5e2a11' };
    expect(upcast('RightRestored', 1, right)).toEqual({ ...right, sphere: 'OTHER' });
    expect(upcast('RightRestored', 1, withRisk)).toEqual(withRisk);
    expect(validateEvent('RightRestored', upcast('RightRestored', 1, right)).ok).toBe(true);
    expect(validateEvent('RightRestored', upcast('RightRestored', 1, withRisk)).ok).toBe(true);
    // Stored v1 events without a risk were valid; v2 refuses them unless a sphere is given.
    expect(validateEvent('RightRestored', right).ok).toBe(false);
  });
});
