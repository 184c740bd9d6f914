import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsonSizeBound } from './json-size-bound.ts';

const utf8Size = (value: unknown) => Buffer.byteLength(JSON.stringify(value) ?? '', 'utf8');

describe('jsonSizeBound', () => {
  it('never underestimates the UTF-8 size of the JSON', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const bound = jsonSizeBound(value);
        return bound === null || bound >= utf8Size(value);
      }),
      { numRuns: 2_000 },
    );
  });

  it('bounds strings that need escapes or take 3-4 bytes per character', () => {
    for (const text of [
      '\u0000\u001f"\\',
      'ж'.repeat(100),
      '𝄞'.repeat(50),
      '\ud800 lone surrogate',
      '\u2028',
    ]) {
      expect(jsonSizeBound({ text })).toBeGreaterThanOrEqual(utf8Size({ text }));
    }
  });

  it('gives up on values whose serialisation it cannot bound', () => {
    expect(jsonSizeBound({ at: new Date() })).toBeNull();
    expect(jsonSizeBound({ custom: { toJSON: () => 'x'.repeat(1e6) } })).toBeNull();
    expect(jsonSizeBound({ n: 1n })).toBeNull();
    let deep: unknown = 1;
    for (let i = 0; i < 40; i++) deep = [deep];
    expect(jsonSizeBound(deep)).toBeNull();
  });
});
