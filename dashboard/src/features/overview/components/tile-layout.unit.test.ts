import { describe, expect, it } from 'vitest';
import { REGION_LABELS } from '@/lib/i18n/vocabulary.generated.ts';
import { TILES } from './tile-layout.ts';

describe('the tile map of the regions', () => {
  it('has exactly one tile per region, the 2022 regions included', () => {
    expect(TILES.map((t) => t.code).sort()).toEqual(Object.keys(REGION_LABELS).sort());
  });

  it('puts no two tiles in the same cell', () => {
    const cells = TILES.map((t) => `${t.col},${t.row}`);
    expect(new Set(cells).size).toBe(cells.length);
  });

  it('keeps west to the left of east and north above south', () => {
    const at = (code: string) => TILES.find((t) => t.code === code)!;
    expect(at('KZ-27').col).toBeLessThan(at('KZ-63').col);
    expect(at('KZ-59').row).toBeLessThan(at('KZ-61').row);
    expect(at('KZ-62').col).toBeLessThan(at('KZ-35').col + 1);
  });
});
