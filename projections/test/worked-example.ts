import { readFileSync } from 'node:fs';
import { type ExampleEvent, recorded } from './fold.ts';

/** The worked example of docs/kpi.md: the page is the fixture, so tests and the page cannot drift apart. */
export const kpiDoc = readFileSync(new URL('../../docs/kpi.md', import.meta.url), 'utf8');

const block = /<!-- worked-example:events -->\s*```json\n([\s\S]*?)```/.exec(kpiDoc);
if (!block) throw new Error('docs/kpi.md has no worked-example events block');

export const workedExample = recorded(JSON.parse(block[1]!) as ExampleEvent[]);

const bodyBlock = /<!-- worked-example:body-events -->\s*```json\n([\s\S]*?)```/.exec(kpiDoc);
if (!bodyBlock) throw new Error('docs/kpi.md has no worked-example body-events block');

/** The worked example with a central body's two events after it (positions 27 and 28). */
export const workedExampleWithBody = [
  ...workedExample,
  ...recorded(JSON.parse(bodyBlock[1]!) as ExampleEvent[], workedExample.length + 1),
];

const bodyReceptionBlock = /<!-- worked-example:body-reception-events -->\s*```json\n([\s\S]*?)```/.exec(
  kpiDoc,
);
if (!bodyReceptionBlock) throw new Error('docs/kpi.md has no worked-example body-reception-events block');

/** The worked example with the central body's events and then its receptions (positions 29 to 31). */
export const workedExampleWithBodyReceptions = [
  ...workedExampleWithBody,
  ...recorded(JSON.parse(bodyReceptionBlock[1]!) as ExampleEvent[], workedExampleWithBody.length + 1),
];
