import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { modelOf } from '../../../test/fold.ts';
import { dayOf, historiesOf, historyArb } from '../../../test/histories.ts';
import type { KpiFilter } from '../query/filter.ts';
import { kpiSummary } from '../query/summary.ts';
import { referenceKpis } from './kpis.ts';

/** Filters on every dimension, organizations in any spelling, several values or one, or none. */
const filterArb: fc.Arbitrary<KpiFilter> = fc.record(
  {
    regions: fc.subarray(['KZ-15', 'KZ-71'], { minLength: 1 }),
    // Regions' and bodies' units, and a body no event names (it matches nothing).
    units: fc.subarray(['KZ-15', 'MIN-HEALTH', 'AG-NEW-UNIT', 'MIN-NOT-SEEN'], { minLength: 1 }),
    spheres: fc.subarray(['EDUCATION', 'CONSTRUCTION'], { minLength: 1 }),
    organizations: fc.subarray(
      ['АКИМАТ  района', 'отдел образования', 'ОТДЕЛ земельных отношений', 'Нет такого'],
      {
        minLength: 1,
      },
    ),
    causeCategories: fc.subarray(['EXCESSIVE_DISCRETION', 'LACK_OF_TRANSPARENCY', 'MANUAL_PROCESSING'], {
      minLength: 1,
    }),
    sources: fc.subarray(['EXTERNAL_ANALYSIS', 'MEDIA_REPORT'], { minLength: 1 }),
    // Districts of both regions, one no risk names, and one of a region the filter may exclude.
    districts: fc.subarray(['151010000', '152020000', '711010000', '712020000', '159999999'], {
      minLength: 1,
    }),
  },
  { requiredKeys: [] },
);

const queryArb = fc.record({
  // Short periods, long ones, and the whole history (where a busy one has ten removals and more).
  span: fc.oneof(
    fc.record({ from: fc.integer({ min: -30, max: 650 }), length: fc.integer({ min: 1, max: 40 }) }),
    fc.record({ from: fc.integer({ min: -30, max: 650 }), length: fc.integer({ min: 1, max: 500 }) }),
    fc.constant({ from: -1, length: 1100 }),
  ),
  filter: fc.oneof(fc.constant({}), filterArb),
  // Which event's recording instant to cut at (nudged a millisecond either way), or none: now.
  asOf: fc.option(fc.record({ pick: fc.nat(), nudge: fc.integer({ min: -1, max: 1 }) }), { nil: undefined }),
});

/** Small histories, where edges are easy to hit, and busy ones (tens of risks, periods with ten removals and more). */
const historiesArb = fc.oneof(historyArb, historiesOf(3));

describe('the fast engine agrees with the reference implementation of the methodology', () => {
  it('every KPI of the summary, for the period, the previous one and the year before, now or as of an instant', () => {
    fc.assert(
      fc.property(historiesArb, queryArb, (events, q) => {
        const model = modelOf(events);
        const asOf =
          q.asOf === undefined
            ? undefined
            : new Date(
                Date.parse(events[q.asOf.pick % events.length]!.metadata.recordedAt) + q.asOf.nudge,
              ).toISOString();
        const period = { from: dayOf(q.span.from), to: dayOf(q.span.from + q.span.length - 1) };
        const summary = kpiSummary(model, { period, filter: q.filter, asOf });
        const periods = [summary.period, summary.previousPeriod, summary.yearEarlierPeriod] as const;
        const [current, previous, yearEarlier] = periods.map((p) =>
          referenceKpis(events, { period: p, asOf, filter: q.filter }),
        );
        for (const entry of summary.kpis) {
          expect({ kpi: entry.kpi, value: entry.current }).toEqual({
            kpi: entry.kpi,
            value: current![entry.kpi],
          });
          expect({ kpi: entry.kpi, previous: entry.previous }).toEqual({
            kpi: entry.kpi,
            previous: previous![entry.kpi],
          });
          expect({ kpi: entry.kpi, yearEarlier: entry.yearEarlier }).toEqual({
            kpi: entry.kpi,
            yearEarlier: yearEarlier![entry.kpi],
          });
        }
        // The reference answers every KPI the summary gives, and no other.
        expect(Object.keys(current!).sort()).toEqual(summary.kpis.map((e) => e.kpi).sort());
      }),
      // A thousand runs reach the rarer edges (ten removals in a period, a body moved after asOf) in
      // a few seconds; the timeout leaves room for a busy machine.
      { numRuns: 1000 },
    );
  }, 20_000);
});
