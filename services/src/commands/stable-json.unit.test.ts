import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stableJson, stableJsonByReplacer } from './stable-json.ts';

describe('stableJson', () => {
  it('writes what the replacer form writes, for any JSON-like value', () => {
    fc.assert(
      fc.property(
        fc.anything({ withNullPrototype: true, withObjectString: true, withBoxedValues: true }),
        (value) => {
          expect(stableJson(value)).toBe(stableJsonByReplacer(value));
        },
      ),
      { numRuns: 2_000 },
    );
  });

  it('sorts keys, puts index-like keys first in number order, and leaves out undefined values', () => {
    const value = { b: 1, a: [undefined, 2], 10: 'ten', 9: 'nine', c: undefined, d: { z: null, y: -0 } };
    expect(stableJson(value)).toBe('{"9":"nine","10":"ten","a":[null,2],"b":1,"d":{"y":0,"z":null}}');
    expect(stableJson(value)).toBe(stableJsonByReplacer(value));
  });

  it('takes the replacer form for dates and class instances', () => {
    class Point {
      readonly y: number;
      readonly x: number;
      constructor(y: number, x: number) {
        this.y = y;
        this.x = x;
      }
    }
    const value = { when: new Date(0), where: new Point(2, 1) };
    expect(stableJson(value)).toBe(stableJsonByReplacer(value));
    expect(stableJson(value)).toBe('{"when":"1970-01-01T00:00:00.000Z","where":{"x":1,"y":2}}');
  });

  it('refuses a big integer as JSON.stringify does', () => {
    expect(() => stableJson({ n: 1n })).toThrow(TypeError);
  });
});
