import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fold, modelOf as modelOfEvents } from '../../test/fold.ts';
import { dayOf, historyArb } from '../../test/histories.ts';
import type { ProjectedEvent } from '../projection.ts';
import { foldPaged, modelOfPaged } from './fold/paged-fold.test-support.ts';
import { kpiProjection } from './fold/projection.ts';
import { chart } from './query/chart.ts';
import type { KpiReadModel } from './query/cut.ts';
import { drillDown } from './query/drill-down.ts';
import type { KpiFilter } from './query/filter.ts';
import { openRisksOfRegion } from './query/register.ts';
import { kpiSeries } from './query/series.ts';
import { kpiSummary } from './query/summary.ts';

const FILTERS: KpiFilter[] = [
  {},
  { regions: ['KZ-15'] },
  { causeCategories: ['LACK_OF_TRANSPARENCY', 'MANUAL_PROCESSING'] },
  { organizations: ['акимат района'] },
  { spheres: ['EDUCATION'], sources: ['MEDIA_REPORT'] },
];

const queryArb = fc.record({
  from: fc.integer({ min: 0, max: 600 }),
  length: fc.integer({ min: 1, max: 400 }),
  filter: fc.constantFrom(...FILTERS),
});
type Query = { from: number; length: number; filter: KpiFilter };

/** Everything a dashboard can ask, with what differs between equal read models (labels, positions) left out. */
const answers = (model: KpiReadModel, q: Query, asOf?: string) => {
  const period = { from: dayOf(q.from), to: dayOf(q.from + q.length - 1) };
  const { asOf: _a, position, ...summary } = kpiSummary(model, { period, filter: q.filter, asOf });
  const series = kpiSeries(model, {
    kpi: 'openRisks',
    granularity: 'month',
    period,
    filter: q.filter,
    asOf,
  }).points;
  const c = chart(model, {
    measures: [
      'causesRemoved',
      'removalRate',
      'recommendationsOverdue',
      'rightsRestoredMoneyKzt',
      'coverageProcesses',
      'recurrenceRate',
    ],
    dimensions: [{ dimension: 'organization' }, { dimension: 'time', granularity: 'quarter' }],
    period,
    filter: q.filter,
    asOf,
    limit: 1000,
  });
  const rows = c.rows.map((r) => [r.keys.map((k) => k.key), r.values]);
  const drill = (kpi: string) =>
    drillDown(model, { kpi, period, filter: q.filter, asOf, first: 500 }).rows.map((r) => [
      r.id,
      r.date,
      r.value,
      r.counted,
    ]);
  const register = openRisksOfRegion(model, {
    region: 'KZ-15',
    today: dayOf(700),
    asOf,
    first: 500,
  }).items.map((r) => [
    r.riskId,
    r.causeCategory,
    r.recommendations.map((x) => [x.recommendationId, x.status, x.dueOn]),
  ]);
  return {
    position,
    summary,
    series,
    rows,
    removed: drill('causesRemoved'),
    overdue: drill('recommendationsOverdue'),
    recurred: drill('recurrenceRate'),
    register,
  };
};

const withoutPosition = <T extends { position: number }>(a: T) => ({ ...a, position: 0 });

type Named = {
  riskId?: string;
  recommendationId?: string;
  removesRiskIds?: string[];
  implementsRecommendationIds?: string[];
};
const risksNamed = (e: ProjectedEvent): string[] => {
  const d = e.data as Named;
  return [...(d.riskId === undefined ? [] : [d.riskId]), ...(d.removesRiskIds ?? [])];
};
const recommendationsNamed = (e: ProjectedEvent): string[] => {
  const d = e.data as Named;
  return [
    ...(d.recommendationId === undefined ? [] : [d.recommendationId]),
    ...(d.implementsRecommendationIds ?? []),
  ];
};
/** Must `later` stay after `earlier` (both in a valid log, `earlier` first) on the write side? */
const keptInOrder = (earlier: ProjectedEvent, later: ProjectedEvent): boolean => {
  const risks = risksNamed(later);
  const recommendations = recommendationsNamed(later);
  const sameThing =
    (earlier.type.startsWith('Risk') &&
      later.type.startsWith('Risk') &&
      risks.some((r) => risksNamed(earlier).includes(r))) ||
    (earlier.type.startsWith('Recommendation') &&
      later.type.startsWith('Recommendation') &&
      recommendations.some((r) => recommendationsNamed(earlier).includes(r)));
  const named =
    (earlier.type === 'RiskIdentified' && risks.some((r) => risksNamed(earlier).includes(r))) ||
    (earlier.type === 'RecommendationIssued' &&
      recommendations.some((r) => recommendationsNamed(earlier).includes(r)));
  const withdrawal = later.type === 'RiskWithdrawn' && risksNamed(earlier).some((r) => risks.includes(r));
  return sameThing || named || withdrawal;
};
/** A recording order the write side could have seen, chosen by `priority` among those. */
const recordingOrder = (events: readonly ProjectedEvent[], priority: (k: number) => number): number[] => {
  const after = events.map((e, k) => events.slice(0, k).flatMap((d, j) => (keptInOrder(d, e) ? [j] : [])));
  const done = new Set<number>();
  const order: number[] = [];
  while (order.length < events.length) {
    let best = -1;
    for (let k = 0; k < events.length; k++) {
      if (done.has(k) || !after[k]!.every((j) => done.has(j))) continue;
      if (best < 0 || priority(k) < priority(best)) best = k;
    }
    done.add(best);
    order.push(best);
  }
  return order;
};

/**
 * Every property holds whether the events are folded one by one (as followed live) or a page of
 * encoded input at a time (as a replay reads them, possibly encoded in the store's reader thread).
 */
describe.each([
  { path: 'folded event by event', modelOf: modelOfEvents, foldMore: fold },
  { path: 'folded a page of encoded input at a time', modelOf: modelOfPaged, foldMore: foldPaged },
])('KPI read model properties over generated histories, $path', ({ modelOf, foldMore }) => {
  it('asOf at the head equals no asOf', () => {
    fc.assert(
      fc.property(historyArb, queryArb, fc.integer({ min: 0, max: 10 ** 9 }), (events, q, later) => {
        const model = modelOf(events);
        const head = events.at(-1)!.metadata.recordedAt;
        const afterHead = new Date(Date.parse(head) + later).toISOString();
        expect(answers(model, q, head)).toEqual(answers(model, q));
        expect(answers(model, q, afterHead)).toEqual(answers(model, q));
      }),
    );
  });

  it('asOf an earlier instant equals a fresh fold over only the events recorded until then', () => {
    fc.assert(
      fc.property(
        historyArb,
        queryArb,
        fc.nat(),
        fc.integer({ min: -1, max: 1 }),
        (events, q, pick, nudge) => {
          const at = Date.parse(events[pick % events.length]!.metadata.recordedAt) + nudge;
          const asOf = new Date(at).toISOString();
          const known = events.filter((e) => Date.parse(e.metadata.recordedAt) <= at);
          expect(answers(modelOf(events), q, asOf)).toEqual(answers(modelOf(known), q));
        },
      ),
    );
  });

  it('withdrawing a risk removes it from every KPI: as if it and what names only it never happened', () => {
    fc.assert(
      fc.property(historyArb, queryArb, fc.nat(), (events, q, pick) => {
        const risks = events
          .filter((e) => e.type === 'RiskIdentified')
          .map((e) => (e.data as { riskId: string }).riskId);
        const gone = risks[pick % risks.length]!;
        const last = events.at(-1)!;
        const withdrawal: ProjectedEvent = {
          ...last,
          id: 'withdrawal',
          type: 'RiskWithdrawn',
          position: last.position + 1,
          data: { riskId: gone, occurredOn: dayOf(700) },
          metadata: {
            ...last.metadata,
            recordedAt: new Date(Date.parse(last.metadata.recordedAt) + 60_000).toISOString(),
          },
        };
        const itsRecommendations = new Set(
          events
            .filter(
              (e) => e.type === 'RecommendationIssued' && (e.data as { riskId: string }).riskId === gone,
            )
            .map((e) => (e.data as { recommendationId: string }).recommendationId),
        );
        const never = events
          .filter((e) => {
            const d = e.data as { riskId?: string; recommendationId?: string };
            return d.riskId !== gone && !itsRecommendations.has(d.recommendationId ?? '');
          })
          .map((e) => {
            if (e.type !== 'ProcessTransformed') return e;
            const d = e.data as { removesRiskIds: string[]; implementsRecommendationIds: string[] };
            return {
              ...e,
              data: {
                ...d,
                removesRiskIds: d.removesRiskIds.filter((r) => r !== gone),
                implementsRecommendationIds: d.implementsRecommendationIds.filter(
                  (c) => !itsRecommendations.has(c),
                ),
              },
            };
          });
        expect(withoutPosition(answers(modelOf([...events, withdrawal]), q))).toEqual(
          withoutPosition(answers(modelOf(never), q)),
        );
      }),
    );
  });

  it('the KPIs known now are those of business-date order, whatever the order of recording', () => {
    // The write side accepts late reports in any order that keeps every accepted fact valid by its
    // business date; what the KPIs count must not depend on which arrived first. Only what the write
    // side demands keeps its order: a thing before what names it, a withdrawal after what names
    // its risk, and the changes of one thing (of which the last recorded is the one in force).
    fc.assert(
      fc.property(historyArb, queryArb, fc.array(fc.double({ noNaN: true })), (events, q, keys) => {
        const order = recordingOrder(events, (k) => keys[k % Math.max(1, keys.length)] ?? 0);
        const instants = events.map((e) => e.metadata.recordedAt).sort();
        const reordered = order.map((k, n) => ({
          ...events[k]!,
          position: n + 1,
          metadata: { ...events[k]!.metadata, recordedAt: instants[n]! },
        }));
        // A drill-down lists the events of one day in the order they were recorded.
        const counted = (model: KpiReadModel) => {
          const rest = withoutPosition(answers(model, q));
          const sorted = (rows: unknown[][]) => rows.map((r) => JSON.stringify(r)).sort();
          return {
            ...rest,
            // A risk's recommendations are listed in the order they were recorded.
            register: sorted(
              rest.register.map(([id, cause, recs]) => [id, cause, sorted(recs as unknown[][])]),
            ),
            removed: sorted(rest.removed),
            overdue: sorted(rest.overdue),
            recurred: sorted(rest.recurred),
          };
        };
        expect(counted(modelOf(reordered))).toEqual(counted(modelOf(events)));
      }),
      { numRuns: 50 },
    );
  });

  it('folding in chunks, answering queries and cloning the state between them, equals folding in one go', () => {
    fc.assert(
      fc.property(historyArb, queryArb, fc.array(fc.nat(), { maxLength: 5 }), (events, q, cuts) => {
        const bounds = [...new Set(cuts.map((c) => c % (events.length + 1)))].sort((a, b) => a - b);
        let state = kpiProjection.initialState();
        let from = 0;
        for (const to of [...bounds, events.length]) {
          state = foldMore(events.slice(from, to), state);
          answers({ state, position: state.position }, q);
          state = structuredClone(state);
          from = to;
        }
        expect(answers({ state, position: state.position }, q)).toEqual(answers(modelOf(events), q));
      }),
    );
  });
});
