import { MAX_EVENT_DATA_BYTES, validateEvent } from '@kpi/schema';
import { describe, expect, it } from 'vitest';
import { DomainEventGenerator } from '../../bench/domain-events.ts';
import { riskIdentified } from './conformance/fixtures.ts';
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
