import { describe, expect, it } from 'vitest';
import { DuplicateEventIdError, WrongExpectedRevisionError } from '../port.ts';
import { fromWriteRequest, receiveError, sendError, toWriteRequest } from './write-message.ts';

const roundTrip = (error: unknown) => receiveError(structuredClone(sendError(error)));

describe('what crosses to the writer thread and back', () => {
  it('carries writes and their events unchanged', () => {
    const event = (id: string) => ({
      id,
      type: 'RiskIdentified',
      schemaVersion: 2,
      dataJson: '{"a":1}',
      metadataJson: '{}',
    });
    const writes = [
      { streamId: 'risk-1', expectedRevision: 'no_stream' as const, events: [event('a'), event('b')] },
      { streamId: 'risk-2', expectedRevision: 4, events: [event('c')] },
    ];
    expect(fromWriteRequest(structuredClone(toWriteRequest(7, writes)))).toEqual(writes);
  });

  it('keeps the typed conflicts typed, with their fields', () => {
    const conflict = roundTrip(new WrongExpectedRevisionError('risk-1', 3, 'no_stream'));
    expect(conflict).toBeInstanceOf(WrongExpectedRevisionError);
    expect(conflict).toMatchObject({ streamId: 'risk-1', expected: 3, actual: 'no_stream' });
    const duplicate = roundTrip(new DuplicateEventIdError('e-1'));
    expect(duplicate).toBeInstanceOf(DuplicateEventIdError);
    expect(duplicate).toMatchObject({ eventId: 'e-1' });
  });

  it("keeps SQLite's error code, so a full disk still reads as one", () => {
    const full = Object.assign(new Error('database or disk is full'), {
      code: 'ERR_SQLITE_ERROR',
      errcode: 13,
      errstr: 'database or disk is full',
      notCloneable: () => 1,
    });
    const received = roundTrip(full);
    expect(received.message).toBe('database or disk is full');
    expect(received).toMatchObject({
      code: 'ERR_SQLITE_ERROR',
      errcode: 13,
      errstr: 'database or disk is full',
    });
    expect(received).not.toHaveProperty('notCloneable');
  });
});
