import { describe, expect, it } from 'vitest';
import { regionEnum, regionFromEnum } from './enums.ts';

describe('region codes on the wire', () => {
  it('turns ISO codes into the GraphQL enum and back', () => {
    expect(regionEnum('KZ-71')).toBe('KZ_71');
    expect(regionFromEnum('KZ_10')).toBe('KZ-10');
    expect(regionFromEnum('KZ-10')).toBe('KZ-10');
  });
});
