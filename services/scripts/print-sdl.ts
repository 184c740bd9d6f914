// Writes the printed GraphQL SDL to schema/schema.graphql; `sdl-drift.unit.test.ts` fails when it is stale.
import { writeFileSync } from 'node:fs';
import { printedSchema } from '../src/api/schema.ts';

writeFileSync(new URL('../../schema/schema.graphql', import.meta.url), printedSchema());
console.log('wrote schema/schema.graphql');
