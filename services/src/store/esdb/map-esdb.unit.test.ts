import { ANY, NO_STREAM, START, STREAM_EXISTS } from '@eventstore/db-client';
import { describe, expect, it } from 'vitest';
import {
  fromEsdbPosition,
  fromEsdbRevision,
  isDomainEvent,
  toEsdbExpectedRevision,
  toReadPosition,
  toRecordedEvent,
} from './map-esdb.ts';

const recorded = (overrides: Record<string, unknown> = {}) => ({
  event: {
    streamId: 'risk-1',
    id: '0b8f6d1e-8a55-4f0e-9a39-1c8f0f5e2a11',
    isJson: true as const,
    revision: 4n,
    type: 'RiskIdentified',
    created: new Date(0),
    data: { riskId: '0b8f6d1e-8a55-4f0e-9a39-1c8f0f5e2a11', region: 'KZ-15' },
    metadata: { schemaVersion: 1, region: 'KZ-15' },
    position: { commit: 1_234n, prepare: 1_234n },
    ...overrides,
  },
});

describe('mapping to and from EventStoreDB', () => {
  it('maps every expected revision', () => {
    expect(toEsdbExpectedRevision('any')).toBe(ANY);
    expect(toEsdbExpectedRevision('no_stream')).toBe(NO_STREAM);
    expect(toEsdbExpectedRevision('stream_exists')).toBe(STREAM_EXISTS);
    expect(toEsdbExpectedRevision(7)).toBe(7n);
  });

  it('maps the actual revision of a conflict', () => {
    expect(fromEsdbRevision(3n)).toBe(3);
    expect(fromEsdbRevision('no_stream')).toBe('no_stream');
  });

  it('maps positions both ways, the start of the log being 0', () => {
    expect(toReadPosition(0)).toBe(START);
    expect(toReadPosition(1_234)).toEqual({ commit: 1_234n, prepare: 1_234n });
    expect(fromEsdbPosition({ commit: 1_234n, prepare: 1_234n })).toBe(1_234);
    expect(fromEsdbPosition(undefined)).toBe(-1);
    // What a server that does not know a stream read event's position sends: 2^64 - 1.
    expect(fromEsdbPosition({ commit: 2n ** 64n - 1n, prepare: 2n ** 64n - 1n })).toBe(-1);
    expect(() => fromEsdbPosition({ commit: 2n ** 60n, prepare: 2n ** 60n })).toThrow(RangeError);
  });

  it('keeps system events and links out', () => {
    expect(isDomainEvent(recorded() as never)).toBe(true);
    expect(isDomainEvent(recorded({ type: '$metadata' }) as never)).toBe(false);
    expect(isDomainEvent(recorded({ streamId: '$stats-127.0.0.1:2113' }) as never)).toBe(false);
    expect(isDomainEvent(recorded({ isJson: false }) as never)).toBe(false);
    expect(isDomainEvent({} as never)).toBe(false);
  });

  it('turns a recorded event into the port shape, upcasting its data', () => {
    expect(toRecordedEvent(recorded() as never)).toEqual({
      id: '0b8f6d1e-8a55-4f0e-9a39-1c8f0f5e2a11',
      streamId: 'risk-1',
      type: 'RiskIdentified',
      revision: 4,
      position: 1_234,
      data: { riskId: '0b8f6d1e-8a55-4f0e-9a39-1c8f0f5e2a11', region: 'KZ-15', source: 'EXTERNAL_ANALYSIS' },
      metadata: { schemaVersion: 1, region: 'KZ-15' },
    });
  });
});
