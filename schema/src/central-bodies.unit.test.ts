import { describe, expect, it } from 'vitest';
import {
  centralBodyCode,
  SEEDED_CENTRAL_BODIES,
  SEEDED_CENTRAL_BODY_CODES,
  seededCentralBody,
} from './central-bodies.ts';
import { validateEvent } from './events/validate.ts';

describe('the catalogue of central state bodies', () => {
  it('lists each seeded body once, with ru, kk and en names and a code no region uses', () => {
    expect(new Set(SEEDED_CENTRAL_BODIES.map((b) => b.code))).toEqual(new Set(SEEDED_CENTRAL_BODY_CODES));
    expect(SEEDED_CENTRAL_BODIES).toHaveLength(SEEDED_CENTRAL_BODY_CODES.length);
    for (const b of SEEDED_CENTRAL_BODIES) {
      expect(b.name.ru.length * b.name.kk.length * b.name.en.length).toBeGreaterThan(0);
      expect(centralBodyCode.safeParse(b.code).success).toBe(true);
    }
    expect(seededCentralBody('MIN-FINANCE')?.name.kk).toBe('Қаржы министрлігі');
    expect(seededCentralBody('MIN-HEALTH')?.kind).toBe('MINISTRY');
    expect(seededCentralBody('AG-ATOMIC')?.kind).toBe('AGENCY');
    expect(seededCentralBody('KZ-71')).toBeUndefined();
  });

  it('refuses a code a region could hold, or one that is not upper-case latin with dashes', () => {
    const message = (code: string) => centralBodyCode.safeParse(code).error?.issues[0]?.message;
    expect(message('KZ-71')).toMatch(/must not begin with KZ-/);
    expect(message('min-health')).toMatch(/upper-case latin/);
    expect(message('MIN--HEALTH')).toMatch(/upper-case latin/);
    expect(message('AG')).toMatch(/at least 3/);
    expect(message('AG-SPORT')).toBeUndefined();
  });

  it('names the field of an added body that is wrong', () => {
    const result = validateEvent('CentralBodyAdded', {
      code: 'AG-SPORT',
      kind: 'COMMITTEE',
      nameRu: 'Агентство по делам спорта',
      nameKk: '',
      nameEn: 'Agency for Sports Affairs',
      occurredOn: '2026-05-25',
    });
    expect(result.ok).toBe(false);
    const paths = result.ok ? [] : result.issues.map((i) => i.path).sort();
    expect(paths).toEqual(['data.kind', 'data.nameKk']);
  });
});
