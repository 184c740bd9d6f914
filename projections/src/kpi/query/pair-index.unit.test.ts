import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { recorded } from '../../../test/fold.ts';
import { historiesOf } from '../../../test/histories.ts';
import { kpiProjection } from '../fold/projection.ts';
import type { KpiState } from '../fold/state.ts';
import { recurrenceOf } from './pair-index.ts';
import { recurredColumn } from './recurrence.ts';
import { type KnowledgeView, knowledgeAt } from './view.ts';

/** What the lazy answer says of every risk of a view. */
const lazily = (view: KnowledgeView, walked?: number): number[] => {
  const recurred = recurrenceOf({ ...view, memo: {} }, walked);
  return Array.from({ length: view.risks.n }, (_, i) => recurred(i));
};

/** The column built from scratch, on a view of its own (no memo shared with the lazy one). */
const fromScratch = (state: KpiState, asOf?: number): number[] => {
  const view = knowledgeAt(state, asOf);
  return [...recurredColumn({ ...view, memo: {} })];
};

describe('recurrence from the pair index kept with the state', () => {
  it('equals the column built from scratch after every event, at the head and as of earlier instants', () => {
    fc.assert(
      fc.property(historiesOf(3), fc.array(fc.nat(), { minLength: 1, maxLength: 3 }), (events, picks) => {
        // One state followed event by event, as the service follows the log: the index catches up.
        let state = kpiProjection.initialState();
        for (const event of events) {
          state = kpiProjection.evolve(state, event);
          expect(lazily(knowledgeAt(state))).toEqual(fromScratch(state));
          for (const pick of picks) {
            const at = Date.parse(events[pick % events.length]!.metadata.recordedAt);
            expect(lazily(knowledgeAt(state, at))).toEqual(fromScratch(state, at));
          }
        }
      }),
      { numRuns: 40 },
    );
  });

  it('gives the same answers when every pair of more than one risk is searched in its sorted copy', () => {
    fc.assert(
      fc.property(historiesOf(4), fc.array(fc.nat(), { minLength: 1, maxLength: 3 }), (events, picks) => {
        let state = kpiProjection.initialState();
        for (const event of events) {
          state = kpiProjection.evolve(state, event);
          // Sorted again as risks join and move: copies made at one version serve the next ones.
          expect(lazily(knowledgeAt(state), 1)).toEqual(fromScratch(state));
          for (const pick of picks) {
            const at = Date.parse(events[pick % events.length]!.metadata.recordedAt);
            expect(lazily(knowledgeAt(state, at), 1)).toEqual(fromScratch(state, at));
          }
        }
      }),
      { numRuns: 40 },
    );
  });

  it('follows a reclassification to its new scheme, and an earlier cut keeps the old one', () => {
    const identified = (riskId: string, process: string, on: string) => ({
      at: `${on}T12:00:00.000Z`,
      type: 'RiskIdentified',
      data: {
        riskId,
        region: 'KZ-15',
        organization: 'акимат района',
        process,
        sphere: 'EDUCATION',
        causeCategory: 'LACK_OF_TRANSPARENCY',
        source: 'MEDIA_REPORT',
        occurredOn: on,
      },
    });
    const events = recorded([
      identified('a', 'закупки', '2025-01-01'),
      {
        at: '2025-01-11T12:00:00.000Z',
        type: 'ProcessTransformed',
        data: {
          transformationId: 't',
          region: 'KZ-15',
          removesRiskIds: ['a'],
          implementsRecommendationIds: [],
          occurredOn: '2025-01-11',
        },
      },
      identified('b', 'выдача справок', '2025-01-21'),
      {
        at: '2025-01-31T12:00:00.000Z',
        type: 'RiskReclassified',
        data: { riskId: 'b', process: 'закупки', occurredOn: '2025-01-31' },
      },
    ]);
    // One state, followed event by event: the index is caught up, not rebuilt.
    let state = kpiProjection.initialState();
    const asked: number[] = [];
    for (const e of events) {
      state = kpiProjection.evolve(state, e);
      asked.push(recurrenceOf(knowledgeAt(state))(0));
    }
    // b was found in another process first: a's scheme came back only once b was reclassified into it.
    expect(asked).toEqual([0, 0, 0, 1]);
    expect(fromScratch(state)[0]).toBe(1);
    // As known before the reclassification was recorded, b was still of another process.
    expect(recurrenceOf(knowledgeAt(state, Date.parse('2025-01-25T00:00:00Z')))(0)).toBe(0);
    expect(fromScratch(state, Date.parse('2025-01-25T00:00:00Z'))[0]).toBe(0);
  });
});
