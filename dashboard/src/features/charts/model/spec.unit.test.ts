import { describe, expect, it } from 'vitest';
import { decodeSpec, defaultSpec, encodeSpec } from './spec.ts';

describe('chart specs in the URL', () => {
  it('round-trip through the URL, Cyrillic organization names included', () => {
    const spec = {
      ...defaultSpec('2026-11-20'),
      filters: { from: '2025-11-01', to: '2026-11-20', organizations: ['Акимат г. Ақтөбе'] },
    };
    const text = encodeSpec(spec);
    expect(text).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeSpec(text)).toEqual(spec);
  });

  it('start a new chart over the twelve months before today', () => {
    expect(defaultSpec('2026-11-20').filters).toEqual({ from: '2025-11-01', to: '2026-11-20' });
  });

  it('ignore a damaged or foreign value instead of failing the page', () => {
    expect(decodeSpec('not base64 at all!')).toBeNull();
    expect(decodeSpec(btoa('{"x":1}'))).toBeNull();
    expect(decodeSpec(null)).toBeNull();
  });
});
