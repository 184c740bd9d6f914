import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { printedSchema } from './schema.ts';

it('the checked-in SDL equals the schema the code builds (run `pnpm --filter @kpi/services sdl` to refresh)', () => {
  const checkedIn = readFileSync(new URL('../../../schema/schema.graphql', import.meta.url), 'utf8');
  expect(printedSchema()).toBe(checkedIn);
});
