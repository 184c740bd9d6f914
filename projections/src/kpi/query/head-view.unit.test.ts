import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fold, modelOf } from '../../../test/fold.ts';
import { dayOf, historiesOf, historyArb } from '../../../test/histories.ts';
import type { ProjectedEvent } from '../../projection.ts';
import { emptyJournal } from '../fold/journal.ts';
import { kpiProjection } from '../fold/projection.ts';
import type { KpiState } from '../fold/state.ts';
import { referenceKpis } from '../reference/kpis.ts';
import type { KpiFilter } from './filter.ts';
import { kpiSummary } from './summary.ts';

const FILTERS: KpiFilter[] = [
  {},
  { regions: ['KZ-15'] },
  { spheres: ['EDUCATION'] },
  { organizations: ['акимат района'] },
  { causeCategories: ['LACK_OF_TRANSPARENCY', 'MANUAL_PROCESSING'] },
];
const PERIOD = { from: dayOf(-1), to: dayOf(1_100) };

/** The summary's figures of the current period, as the reference shapes them. */
const figures = (state: KpiState, filter: KpiFilter, asOf?: string) =>
  Object.fromEntries(
    kpiSummary({ state, position: state.position }, { period: PERIOD, filter, asOf }).kpis.map((e) => [
      e.kpi,
      e.current,
    ]),
  );

const instantOf = (event: ProjectedEvent, nudge: number) =>
  new Date(Date.parse(event.metadata.recordedAt) + nudge).toISOString();

describe('the head view and pair index kept across appends', () => {
  it('a state followed event by event and asked after every event answers as the reference does, now and as of an earlier instant', () => {
    fc.assert(
      fc.property(
        fc.oneof(historyArb, historiesOf(3)),
        fc.constantFrom(...FILTERS),
        fc.nat(),
        fc.integer({ min: -1, max: 1 }),
        (events, filter, pick, nudge) => {
          // One state, as the service follows the log: each query catches the kept masks up.
          let state = kpiProjection.initialState();
          for (const [k, event] of events.entries()) {
            state = kpiProjection.evolve(state, event);
            const known = events.slice(0, k + 1);
            expect(figures(state, filter)).toEqual(referenceKpis(known, { period: PERIOD, filter }));
            const asOf = instantOf(known[pick % known.length]!, nudge);
            expect(figures(state, filter, asOf)).toEqual(
              referenceKpis(known, { period: PERIOD, filter, asOf }),
            );
          }
        },
      ),
      { numRuns: 60 },
    );
  }, 60_000);

  it('appending then asking equals folding from scratch, also when the journal no longer reaches back', () => {
    fc.assert(
      fc.property(historiesOf(3), fc.nat(), fc.boolean(), (events, cut, trimmed) => {
        const at = cut % (events.length + 1);
        const state = fold(events.slice(0, at));
        figures(state, {});
        fold(events.slice(at), state);
        // As if the journal had dropped the entries the kept masks would need: they are rebuilt.
        if (trimmed) state.changes = emptyJournal(state.version);
        const fresh = modelOf(events).state;
        for (const filter of FILTERS) expect(figures(state, filter)).toEqual(figures(fresh, filter));
      }),
      { numRuns: 60 },
    );
  }, 60_000);
});
