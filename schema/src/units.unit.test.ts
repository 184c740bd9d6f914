import { describe, expect, it } from 'vitest';
import { unitKindOf, unitOf } from './units.ts';

describe('reporting units', () => {
  it("name a body's event by its body, and any other by its region", () => {
    expect(unitOf({ region: 'KZ-71', centralBody: 'MIN-HEALTH' })).toBe('MIN-HEALTH');
    expect(unitOf({ region: 'KZ-15' })).toBe('KZ-15');
    expect(unitOf({ region: 'KZ-15', centralBody: undefined })).toBe('KZ-15');
  });

  it('tell a region from a central body by its code', () => {
    expect(unitKindOf('KZ-15')).toBe('REGION');
    expect(unitKindOf('MIN-HEALTH')).toBe('CENTRAL_BODY');
  });
});
