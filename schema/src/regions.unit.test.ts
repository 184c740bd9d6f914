import { describe, expect, it } from 'vitest';
import { isRegionCode, REGION_CODES, REGIONS } from './regions.ts';

describe('regions', () => {
  it('are the 20 first-level units with unique codes and names in three languages', () => {
    expect(REGIONS).toHaveLength(20);
    expect(new Set(REGIONS.map((r) => r.code))).toEqual(new Set(REGION_CODES));
    expect(REGIONS.filter((r) => r.kind === 'city').map((r) => r.name.en)).toEqual([
      'Astana',
      'Almaty',
      'Shymkent',
    ]);
    for (const r of REGIONS) expect(Object.values(r.name).every((n) => n.length > 0)).toBe(true);
  });

  it('accepts ISO codes only, not the retired letter codes', () => {
    expect(isRegionCode('KZ-62')).toBe(true);
    expect(isRegionCode('KZ-AKM')).toBe(false);
  });
});
