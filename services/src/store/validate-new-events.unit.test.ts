import { MAX_EVENT_DATA_BYTES, validateEvent } from '@kpi/schema';
import { describe, expect, it } from 'vitest';
import { riskIdentified } from './conformance/fixtures.ts';
import { DomainEventGenerator } from './domain-event-generator.ts';
import { InvalidEventError, type NewEvent } from './port.ts';
import { prepareAppend } from './validate-new-events.ts';

/** The store's bulk checks must refuse exactly what @kpi/schema's validateEvent refuses. */
const outcome = (event: NewEvent) => {
  try {
    const [prepared] = prepareAppend('risk-1', [event], 'any');
    return { ok: true, json: prepared!.dataJson };
  } catch (error) {
    if (!(error instanceof InvalidEventError)) throw error;
    return { ok: false, paths: error.issues.map((i) => i.path.replace(/^events\.0\./, '')).sort() };
  }
};
const reference = (event: NewEvent) => {
  const result = validateEvent(event.type, event.data);
  return result.ok
    ? { ok: true, json: JSON.stringify(result.value.data) }
    : { ok: false, paths: result.issues.map((i) => i.path).sort() };
};

describe('prepareAppend', () => {
  it('accepts, normalises and serialises realistic events as validateEvent does', () => {
    const events = new DomainEventGenerator(7).writes(2_000).flatMap((w) => [...w.events]);
    for (const event of events) expect(outcome(event)).toEqual(reference(event));
  });

  it('refuses what validateEvent refuses, on the same fields', () => {
    const cases: NewEvent[] = [
      riskIdentified({ organization: `  ${'Акимат'.repeat(3)}  ` }),
      riskIdentified({ description: `${' '.repeat(MAX_EVENT_DATA_BYTES)}x` }),
      riskIdentified({ description: 'ж'.repeat(20_000) }),
      riskIdentified({ description: '𝄞'.repeat(MAX_EVENT_DATA_BYTES / 4) }),
      riskIdentified({ region: 'KZ-AKM', sphere: 'SPACE' }),
      riskIdentified({ extra: true }),
      { ...riskIdentified(), type: 'OfficialArrested' },
      { ...riskIdentified(), data: null },
    ];
    for (const event of cases) expect(outcome(event)).toEqual(reference(event));
  });

  it('names the event and the field of each issue', () => {
    expect(() => prepareAppend('risk-1', [riskIdentified(), riskIdentified({ region: 'X' })], 'any')).toThrow(
      /events\.1\.data\.region/,
    );
  });
});

describe('event ids', () => {
  const withId = (id: unknown) => ({ ...riskIdentified(), id }) as NewEvent;
  it('accepts UUIDs in either case and refuses anything else', () => {
    expect(outcomeOfId(withId('0B8F6D1E-8A55-4F0E-9A39-1C8F0F5E2A11'))).toBe(true);
    expect(outcomeOfId(withId('0b8f6d1e-8a55-4f0e-9a39-1c8f0f5e2a11'))).toBe(true);
    for (const bad of [
      '',
      '0b8f6d1e8a554f0e9a391c8f0f5e2a11',
      '0b8f6d1e-8a55-4f0e-9a39-1c8f0f5e2a1g',
      '0b8f6d1e-8a55-4f0e-9a39_1c8f0f5e2a11',
      ' 0b8f6d1e-8a55-4f0e-9a39-1c8f0f5e2a1',
      42,
    ]) {
      expect(outcomeOfId(withId(bad))).toBe(false);
    }
  });
});

const outcomeOfId = (event: NewEvent): boolean => {
  try {
    prepareAppend('risk-1', [event], 'any');
    return true;
  } catch (error) {
    if (!(error instanceof InvalidEventError)) throw error;
    expect(error.issues.map((i) => i.path)).toEqual(['events.0.id']);
    return false;
  }
};

describe('prepareAppend of data the command path checked', () => {
  const refusedPaths = (event: NewEvent, dataChecked: boolean): string[] => {
    try {
      prepareAppend('unit-KZ-71', [event], 'any', dataChecked);
      return [];
    } catch (error) {
      if (!(error instanceof InvalidEventError)) throw error;
      return error.issues.map((i) => i.path);
    }
  };

  it("skips only the data's schema, which prepare.ts ran: the check is not run twice", () => {
    const unparsed = riskIdentified({ sphere: 'SPACE' });
    expect(refusedPaths(unparsed, false)).toEqual(['events.0.data.sphere']);
    expect(refusedPaths(unparsed, true)).toEqual([]);
  });

  it('still checks, for every writer, what the schema does not: the type, the size, ids and metadata', () => {
    expect(refusedPaths({ ...riskIdentified(), type: 'OfficialArrested' }, true)).toEqual(['events.0.type']);
    expect(refusedPaths(riskIdentified({ description: 'ж'.repeat(MAX_EVENT_DATA_BYTES) }), true)).toEqual([
      'events.0.data',
    ]);
    expect(refusedPaths({ ...riskIdentified(), id: 'not-a-uuid' }, true)).toEqual(['events.0.id']);
    const metadata = { ...riskIdentified().metadata, schemaVersion: 0 };
    expect(refusedPaths({ ...riskIdentified(), metadata }, true)).not.toEqual([]);
  });
});
