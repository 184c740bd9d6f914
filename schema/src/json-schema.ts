import { z } from 'zod';
import { EVENT_SCHEMAS, type EventType } from './events/registry.ts';
import { CURRENT_SCHEMA_VERSION } from './events/upcast.ts';

/** JSON Schema (draft 2020-12) of an event type's data, for regional integrators. */
export const eventJsonSchema = (type: EventType): Record<string, unknown> => ({
  $id: `urn:kpi:event:${type}:v${CURRENT_SCHEMA_VERSION[type]}`,
  title: type,
  'x-schema-version': CURRENT_SCHEMA_VERSION[type],
  ...z.toJSONSchema(EVENT_SCHEMAS[type], { target: 'draft-2020-12', io: 'input' }),
});
