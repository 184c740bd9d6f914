import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { modelOf } from '../../../test/fold.ts';
import { dayOf, historiesOf, historyArb } from '../../../test/histories.ts';
import { referenceKpis } from '../reference/kpis.ts';
import type { KpiFilter } from './filter.ts';
import { kpiSummary } from './summary.ts';

const PERIOD = { from: dayOf(-1), to: dayOf(1_100) };
const filterArb = fc.constantFrom<KpiFilter>(
  {},
  { regions: ['KZ-15'] },
  { spheres: ['EDUCATION'] },
  { causeCategories: ['LACK_OF_TRANSPARENCY'] },
);

describe('views at earlier instants, written over the columns of dropped ones', () => {
  it('one state asked as of many instants in turn (more than the views kept) answers each as the reference does', () => {
    fc.assert(
      fc.property(
        fc.oneof(historyArb, historiesOf(3)),
        filterArb,
        fc.array(fc.record({ pick: fc.nat(), nudge: fc.integer({ min: -1, max: 1 }) }), {
          minLength: 6,
          maxLength: 10,
        }),
        (events, filter, cuts) => {
          const model = modelOf(events);
          const instants = cuts.map(({ pick, nudge }) =>
            new Date(Date.parse(events[pick % events.length]!.metadata.recordedAt) + nudge).toISOString(),
          );
          // The first instants again at the end: their views were dropped and are built anew.
          for (const asOf of [...instants, ...instants.slice(0, 3)]) {
            const figures = Object.fromEntries(
              kpiSummary(model, { period: PERIOD, filter, asOf }).kpis.map((e) => [e.kpi, e.current]),
            );
            expect(figures).toEqual(referenceKpis(events, { period: PERIOD, filter, asOf }));
          }
        },
      ),
      { numRuns: 80 },
    );
  }, 60_000);
});
