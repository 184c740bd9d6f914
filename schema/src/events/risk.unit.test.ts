import { describe, expect, it } from 'vitest';
import { validateEvent } from './validate.ts';

const risk = {
  riskId: '00000000-0000-4000-8000-000000000001',
  region: 'KZ-15',
  organization: 'Акимат Хромтауского района',
  process: 'Предоставление земельных участков',
  sphere: 'LAND_RELATIONS',
  causeCategory: 'EXCESSIVE_DISCRETION',
  source: 'EXTERNAL_ANALYSIS',
  description: 'Решение принимает один человек',
  occurredOn: '2026-05-20',
};

const issuesOf = (type: string, data: unknown) => {
  const result = validateEvent(type, data);
  return result.ok ? [] : result.issues.map((i) => `${i.path}: ${i.message}`);
};

describe('RiskIdentified district', () => {
  it('is optional, and a district of the risk region is accepted with or without its name', () => {
    expect(issuesOf('RiskIdentified', risk)).toEqual([]);
    expect(issuesOf('RiskIdentified', { ...risk, district: '154845000' })).toEqual([]);
    expect(
      issuesOf('RiskIdentified', { ...risk, district: '154845000', districtName: 'Хромтауский район' }),
    ).toEqual([]);
  });

  it('is held to nine digits and to the KATO prefix of the risk region, naming the field', () => {
    expect(issuesOf('RiskIdentified', { ...risk, district: '15484' })).toEqual([
      'data.district: must be a KATO code of nine digits',
    ]);
    expect(issuesOf('RiskIdentified', { ...risk, district: '711210000' })).toEqual([
      'data.district: must begin with 15, the KATO prefix of KZ-15',
    ]);
  });

  it('takes a name only beside a code', () => {
    expect(issuesOf('RiskIdentified', { ...risk, districtName: 'Хромтауский район' })).toEqual([
      'data.district: is required when a district name is given',
    ]);
  });
});

describe('RiskReclassified district', () => {
  const reclassified = { riskId: risk.riskId, reason: 'Уточнён район', occurredOn: '2026-05-21' };

  it('is a change on its own, checked by its form here (its region by the risk decider)', () => {
    expect(issuesOf('RiskReclassified', { ...reclassified, district: '154845000' })).toEqual([]);
    expect(issuesOf('RiskReclassified', { ...reclassified, district: 'x' })).toEqual([
      'data.district: must be a KATO code of nine digits',
    ]);
    expect(issuesOf('RiskReclassified', { ...reclassified, districtName: 'Хромтауский район' })).toContain(
      'data.district: is required when a district name is given',
    );
  });
});
