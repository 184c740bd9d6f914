import { type FieldIssue, type Validation, validateWith } from '../validation.ts';
import { type DomainEvent, EVENT_SCHEMAS, EVENT_TYPES, isEventType } from './registry.ts';

/** An event's data larger than this is refused: events are facts, not documents. */
export const MAX_EVENT_DATA_BYTES = 64 * 1024;

const encoder = new TextEncoder();

/** Validates an event of the current schema version; issues name the field (`data.<field>`). */
export const validateEvent = (type: string, data: unknown): Validation<DomainEvent> => {
  if (!isEventType(type)) {
    return {
      ok: false,
      issues: [
        {
          path: 'type',
          code: 'unknown_event_type',
          message: `unknown event type "${type}"; known: ${EVENT_TYPES.join(', ')}`,
        },
      ],
    };
  }
  const size = encoder.encode(JSON.stringify(data) ?? '').byteLength;
  if (size > MAX_EVENT_DATA_BYTES) {
    const issue: FieldIssue = {
      path: 'data',
      code: 'too_big',
      message: `event data is ${size} bytes; at most ${MAX_EVENT_DATA_BYTES} are accepted`,
    };
    return { ok: false, issues: [issue] };
  }
  const result = validateWith(EVENT_SCHEMAS[type], data, 'data');
  return result.ok ? { ok: true, value: { type, data: result.value } as DomainEvent } : result;
};
