// Writes schema/json-schema/<EventType>.json for every event type; a test fails when they drift.
import { writeFileSync } from 'node:fs';
import { EVENT_TYPES, eventJsonSchema } from '../src/index.ts';

const dir = new URL('../json-schema/', import.meta.url);
for (const type of EVENT_TYPES) {
  writeFileSync(new URL(`${type}.json`, dir), `${JSON.stringify(eventJsonSchema(type), null, 2)}\n`);
}
console.log(`wrote ${EVENT_TYPES.length} JSON Schemas`);
