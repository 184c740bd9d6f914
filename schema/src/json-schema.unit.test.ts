import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EVENT_TYPES } from './events/registry.ts';
import { eventJsonSchema } from './json-schema.ts';

describe('JSON Schema for integrators', () => {
  it.each(EVENT_TYPES)(
    '%s is checked in and current (run `pnpm --filter @kpi/schema build` to refresh)',
    (type) => {
      const checkedIn = JSON.parse(
        readFileSync(new URL(`../json-schema/${type}.json`, import.meta.url), 'utf8'),
      );
      expect(checkedIn).toEqual(eventJsonSchema(type));
    },
  );
});
