import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson, entryLine, toCurrentVersion } from './log-entry.ts';

/** The same value with every object's keys inserted in reverse order. */
const reversedKeys = (value: unknown): unknown => {
  if (Array.isArray(value)) return value.map(reversedKeys);
  if (value === null || typeof value !== 'object') return value;
  const copy: Record<string, unknown> = Object.create(null);
  for (const key of Object.keys(value).reverse())
    copy[key] = reversedKeys((value as Record<string, unknown>)[key]);
  return copy;
};

describe('canonicalJson', () => {
  it('is JSON of the same value, and does not depend on the order keys were written in', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const text = canonicalJson(value);
        expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(value)));
        expect(canonicalJson(reversedKeys(value))).toBe(text);
      }),
    );
  });

  it('sorts keys at every depth', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { f: 1, e: 0 }], c: null } })).toBe(
      '{"a":{"c":null,"d":[2,{"e":0,"f":1}]},"b":1}',
    );
    expect(canonicalJson({ a: undefined, b: [undefined] })).toBe('{"b":[null]}');
  });

  it('keeps a "__proto__" key that JSON holds as data', () => {
    expect(canonicalJson(JSON.parse('{"b":{"__proto__":0},"a":1}'))).toBe('{"a":1,"b":{"__proto__":0}}');
  });
});

describe('toCurrentVersion', () => {
  it('upcasts data of an older schema version and stamps the current version', () => {
    const entry = {
      id: '00000000-0000-4000-8000-000000000001',
      streamId: 'risk-x',
      revision: 0,
      type: 'RiskIdentified',
      data: { riskId: 'x' },
      metadata: {
        recordedAt: '2026-01-01T00:00:00.000Z',
        submittedBy: 'officer',
        region: 'KZ-15' as const,
        submissionId: 's',
        correlationId: 'c',
        channel: 'form' as const,
        schemaVersion: 1,
      },
    };
    const lifted = toCurrentVersion(entry);
    expect(lifted.data).toEqual({ riskId: 'x', source: 'EXTERNAL_ANALYSIS' });
    expect(lifted.metadata).toEqual({ ...entry.metadata, schemaVersion: 2 });
    expect(toCurrentVersion(lifted)).toBe(lifted);
    expect(JSON.parse(entryLine(lifted))).toEqual({ ...lifted });
  });
});
