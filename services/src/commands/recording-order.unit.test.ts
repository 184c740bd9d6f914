import { kpiProjection, kpiSummary, type ProjectedEvent } from '@kpi/projections';
import { type DomainEvent, fromDayNumber, type RegionCode, validateEvent } from '@kpi/schema';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AggregateStates } from './aggregate-states.ts';
import type { DecidableCommand } from './command.ts';
import { decide } from './decide.ts';
import { CommandRefusedError } from './refusal.ts';

/**
 * Reports arrive late and out of order. Any history the write side accepts in business-date order
 * is accepted whole in any other order of recording that keeps only what existence demands (a
 * thing is recorded before what names it; a withdrawal after what names the withdrawn risk), and
 * gives the same KPIs as of now.
 */

const BASE_DAY = 20_089; // 2025-01-01
const day = (offset: number): string => fromDayNumber(BASE_DAY + offset);
const NOW = new Date('2027-01-01T06:00:00Z');
const uuid = (kind: number, n: number) => `00000000-0000-4000-8${kind}00-${String(n).padStart(12, '0')}`;

const REGIONS: readonly RegionCode[] = ['KZ-15', 'KZ-71'];
const ORGS = ['Акимат района', '  акимат  РАЙОНА', 'Отдел земельных отношений'];
const SPHERES = ['LAND_RELATIONS', 'EDUCATION', 'CONSTRUCTION'] as const;
const pick = <T>(values: readonly T[]) => fc.constantFrom(...values);

const recArb = fc.record({
  after: fc.integer({ min: 0, max: 60 }),
  due: fc.integer({ min: 1, max: 120 }),
  moves: fc.uniqueArray(fc.integer({ min: 0, max: 90 }), { maxLength: 2 }),
  outcome: pick(['open', 'rejected', 'implemented'] as const),
  rejectAfter: fc.integer({ min: 0, max: 40 }),
  /** A contending report: a rejection of an implemented recommendation, dated this far from the removal. */
  contend: fc.option(fc.integer({ min: -30, max: 30 }), { nil: undefined }),
});

const riskArb = fc.record({
  day: fc.integer({ min: 0, max: 300 }),
  region: fc.nat({ max: REGIONS.length - 1 }),
  org: pick(ORGS),
  sphere: pick(SPHERES),
  reclassifyAfter: fc.option(fc.integer({ min: 0, max: 50 }), { nil: undefined }),
  transformation: fc.option(fc.nat({ max: 2 }), { nil: undefined }),
  recommendations: fc.array(recArb, { maxLength: 2 }),
  withdrawAfter: fc.option(fc.integer({ min: 0, max: 30 }), { nil: undefined }),
  /** A contending report: a recommendation dated this many days after the risk's removal. */
  lateRecommendation: fc.option(fc.integer({ min: 1, max: 30 }), { nil: undefined }),
});

const rightArb = fc.record({
  risk: fc.option(fc.nat(), { nil: undefined }),
  after: fc.integer({ min: 0, max: 200 }),
  region: fc.nat({ max: REGIONS.length - 1 }),
  org: fc.option(pick(ORGS), { nil: undefined }),
  sphere: fc.option(pick(SPHERES), { nil: undefined }),
  people: fc.integer({ min: 1, max: 5 }),
});

interface Planned {
  readonly command: DecidableCommand;
  /** Indices of the commands that must be recorded before this one. */
  readonly after: number[];
}

/**
 * A history in business-date order (what each command names precedes it), as commands. With
 * `contending`, it also holds reports that contradict one another, as late reports do: a
 * rejection of a recommendation a transformation implements, a recommendation dated after its
 * risk's removal. Which of two such reports stands then depends on the order of recording.
 */
const historyArb = (contending: boolean) =>
  fc
    .record({
      risks: fc.array(riskArb, { minLength: 1, maxLength: 6 }),
      transformationDelays: fc.tuple(
        fc.integer({ min: 0, max: 100 }),
        fc.integer({ min: 0, max: 100 }),
        fc.integer({ min: 0, max: 100 }),
      ),
      rights: fc.array(rightArb, { maxLength: 4 }),
    })
    .map(({ risks, transformationDelays, rights }) => {
      const dated: { on: string; rank: number; build: (index: Map<string, number>) => Planned }[] = [];
      const plan = (
        on: number,
        rank: number,
        key: string,
        command: Omit<DecidableCommand, 'now' | 'submitterUnit'>,
        region: RegionCode,
        after: string[],
      ) =>
        dated.push({
          on: day(on),
          rank,
          build: (index) => {
            index.set(key, index.size);
            return {
              command: { ...command, now: NOW, submitterUnit: region } as DecidableCommand,
              after: after.map((k) => index.get(k)!),
            };
          },
        });
      // A transformation per group, per region: dated on or after every risk it removes.
      const groups = new Map<string, { region: RegionCode; day: number; risks: number[]; recs: number[] }>();
      risks.forEach((r, i) => {
        if (r.transformation === undefined) return;
        const key = `${r.region}-${r.transformation}`;
        const g = groups.get(key) ?? { region: REGIONS[r.region]!, day: 0, risks: [], recs: [] };
        g.day = Math.max(g.day, r.day + transformationDelays[r.transformation]!);
        g.risks.push(i);
        groups.set(key, g);
      });
      const removalDay = (i: number) => {
        const r = risks[i]!;
        return r.transformation === undefined ? null : groups.get(`${r.region}-${r.transformation}`)!.day;
      };
      // The last day anything names a risk: a withdrawal comes after it.
      const lastNamed = risks.map((r) => removalDay(risks.indexOf(r)) ?? r.day);
      let recCount = 0;
      const recsOf: { key: string; rejectedOn: number | null }[] = [];
      risks.forEach((r, i) => {
        const region = REGIONS[r.region]!;
        const riskKey = `risk-${i}`;
        plan(
          r.day,
          0,
          riskKey,
          {
            type: 'IdentifyRisk',
            data: {
              riskId: uuid(1, i),
              region,
              organization: r.org,
              process: 'Предоставление земельных участков',
              sphere: r.sphere,
              causeCategory: 'EXCESSIVE_DISCRETION',
              source: 'EXTERNAL_ANALYSIS',
              description: 'Комиссия решает без критериев',
              occurredOn: day(r.day),
            },
          },
          region,
          [],
        );
        if (r.reclassifyAfter !== undefined) {
          const on = Math.min(r.day + r.reclassifyAfter, lastNamed[i]!);
          lastNamed[i] = Math.max(lastNamed[i]!, on);
          plan(
            on,
            1,
            `reclassify-${i}`,
            {
              type: 'ReclassifyRisk',
              data: { riskId: uuid(1, i), sphere: 'OTHER', reason: 'Уточнено', occurredOn: day(on) },
            },
            region,
            [riskKey],
          );
        }
        const removedOn = removalDay(i);
        for (const c of r.recommendations) {
          const j = recCount++;
          const recKey = `rec-${j}`;
          // Dated on or before its risk's removal: the write side refuses it otherwise.
          const issued = removedOn === null ? r.day + c.after : Math.min(r.day + c.after, removedOn);
          lastNamed[i] = Math.max(lastNamed[i]!, issued);
          plan(
            issued,
            2,
            recKey,
            {
              type: 'IssueRecommendation',
              data: {
                recommendationId: uuid(2, j),
                riskId: uuid(1, i),
                region,
                organization: r.org,
                text: 'Утвердить критерии',
                dueOn: day(issued + c.due),
                occurredOn: day(issued),
              },
            },
            region,
            [riskKey],
          );
          const implemented = c.outcome === 'implemented' && removedOn !== null;
          const rejected = c.outcome === 'rejected' || (c.outcome === 'implemented' && removedOn === null);
          const moveDays = [...new Set(c.moves.map((m) => issued + m))]
            .map((d) => (implemented ? Math.min(d, removedOn) : d))
            .filter((d, k, all) => all.indexOf(d) === k);
          moveDays.forEach((on, k) => {
            plan(
              on,
              3,
              `move-${j}-${k}`,
              {
                type: 'MoveRecommendationDueDate',
                // Each move names a due date no other has: none of them changes nothing.
                data: {
                  recommendationId: uuid(2, j),
                  dueOn: day(issued + 500 + 10 * k),
                  reason: 'Перенос',
                  occurredOn: day(on),
                },
              },
              region,
              [recKey],
            );
          });
          const rejectedOn = rejected ? Math.max(issued + c.rejectAfter, ...moveDays) : null;
          if (rejectedOn !== null) {
            plan(
              rejectedOn,
              5,
              `reject-${j}`,
              {
                type: 'RejectRecommendation',
                data: { recommendationId: uuid(2, j), reason: 'Отклонена', occurredOn: day(rejectedOn) },
              },
              region,
              [recKey],
            );
          }
          if (implemented) groups.get(`${r.region}-${r.transformation}`)!.recs.push(j);
          recsOf.push({ key: recKey, rejectedOn });
          if (contending && implemented && c.contend !== undefined) {
            const on = Math.max(issued, ...moveDays, removedOn + c.contend);
            plan(
              on,
              5,
              `contending-reject-${j}`,
              {
                type: 'RejectRecommendation',
                data: { recommendationId: uuid(2, j), reason: 'Отклонена', occurredOn: day(on) },
              },
              region,
              [recKey],
            );
          }
        }
        if (contending && removedOn !== null && r.lateRecommendation !== undefined) {
          const j = 1_000 + i;
          const on = removedOn + r.lateRecommendation;
          lastNamed[i] = Math.max(lastNamed[i]!, on);
          plan(
            on,
            2,
            `late-rec-${i}`,
            {
              type: 'IssueRecommendation',
              data: {
                recommendationId: uuid(2, j),
                riskId: uuid(1, i),
                region,
                organization: r.org,
                text: 'Утвердить критерии',
                dueOn: day(on + 30),
                occurredOn: day(on),
              },
            },
            region,
            [riskKey],
          );
        }
      });
      [...groups.values()].forEach((g, t) => {
        plan(
          g.day,
          4,
          `transformation-${t}`,
          {
            type: 'RecordTransformation',
            data: {
              transformationId: uuid(3, t),
              region: g.region,
              organization: 'Акимат района',
              process: 'Предоставление земельных участков',
              kind: 'DIGITISED',
              description: 'Заявки только через портал',
              removesRiskIds: g.risks.map((i) => uuid(1, i)),
              implementsRecommendationIds: g.recs.map((j) => uuid(2, j)),
              occurredOn: day(g.day),
            },
          },
          g.region,
          [...g.risks.map((i) => `risk-${i}`), ...g.recs.map((j) => recsOf[j]!.key)],
        );
      });
      rights.forEach((c, k) => {
        const i = c.risk === undefined ? undefined : c.risk % risks.length;
        const region = i === undefined ? REGIONS[c.region]! : REGIONS[risks[i]!.region]!;
        const on = (i === undefined ? 0 : risks[i]!.day) + c.after;
        if (i !== undefined) lastNamed[i] = Math.max(lastNamed[i]!, on);
        plan(
          on,
          6,
          `right-${k}`,
          {
            type: 'RecordRightRestored',
            data: {
              caseId: uuid(4, k),
              region,
              ...(i === undefined ? { organization: c.org ?? ORGS[0]!, sphere: c.sphere ?? 'OTHER' } : {}),
              ...(i !== undefined && c.org !== undefined ? { organization: c.org } : {}),
              ...(i !== undefined && c.sphere !== undefined ? { sphere: c.sphere } : {}),
              ...(i !== undefined ? { riskId: uuid(1, i) } : {}),
              kind: 'LAND_PLOT_RETURNED',
              peopleCount: c.people,
              description: 'Участок возвращён',
              occurredOn: day(on),
            },
          },
          region,
          i === undefined ? [] : [`risk-${i}`],
        );
      });
      risks.forEach((r, i) => {
        if (r.withdrawAfter === undefined) return;
        const on = lastNamed[i]! + r.withdrawAfter;
        plan(
          on,
          7,
          `withdraw-${i}`,
          {
            type: 'WithdrawRisk',
            data: { riskId: uuid(1, i), reason: 'Внесён по ошибке', occurredOn: day(on) },
          },
          REGIONS[r.region]!,
          [`risk-${i}`],
        );
      });
      // Business-date order; on one day, what is named comes before what names it.
      const sorted = dated
        .map((d, k) => ({ ...d, k }))
        .sort((a, b) => (a.on < b.on ? -1 : a.on > b.on ? 1 : a.rank - b.rank || a.k - b.k));
      const index = new Map<string, number>();
      const planned = sorted.map((d) => d.build(index));
      // A withdrawal is recorded after everything that names its risk.
      planned.forEach((p, k) => {
        if (p.command.type !== 'WithdrawRisk') return;
        const riskId = p.command.data.riskId;
        planned.forEach((q, m) => {
          if (m !== k && namesRisk(q.command, riskId)) p.after.push(m);
        });
      });
      return planned;
    });

const namesRisk = (command: DecidableCommand, riskId: string): boolean => {
  switch (command.type) {
    case 'IssueRecommendation':
    case 'RecordRightRestored':
    case 'ReclassifyRisk':
      return command.data.riskId === riskId;
    case 'RecordTransformation':
      return command.data.removesRiskIds.includes(riskId);
    default:
      return false;
  }
};

/** A recording order that keeps every command after those it depends on, chosen by `priorities`. */
const recordingOrder = (planned: readonly Planned[], priorities: readonly number[]): number[] => {
  const done = new Set<number>();
  const order: number[] = [];
  while (order.length < planned.length) {
    let best = -1;
    for (let k = 0; k < planned.length; k++) {
      if (done.has(k) || !planned[k]!.after.every((m) => done.has(m))) continue;
      if (best < 0 || (priorities[k] ?? 0) < (priorities[best] ?? 0)) best = k;
    }
    done.add(best);
    order.push(best);
  }
  return order;
};

/**
 * Decides the commands in this order, each against what was recorded before it; any refusal fails,
 * unless `refused` is given, which then collects the refused commands' indices.
 */
const record = (
  planned: readonly Planned[],
  order: readonly number[],
  refused?: Set<number>,
): ProjectedEvent[] => {
  const states = new AggregateStates();
  const events: ProjectedEvent[] = [];
  order.forEach((k, n) => {
    let decided: DomainEvent[];
    try {
      decided = decide(planned[k]!.command, states);
    } catch (error) {
      if (refused === undefined || !(error instanceof CommandRefusedError)) throw error;
      refused.add(k);
      return;
    }
    for (const event of decided) {
      states.apply(event);
      expect(validateEvent(event.type, event.data).ok).toBe(true);
      const position = events.length + 1;
      events.push({
        id: `event-${position}`,
        streamId: `s-${position}`,
        type: event.type,
        position,
        data: event.data,
        metadata: {
          recordedAt: new Date(Date.UTC(2026, 11, 31) + n * 1_000).toISOString(),
          submittedBy: 'officer',
          region: planned[k]!.command.submitterUnit,
          submissionId: `submission-${n}`,
          correlationId: `correlation-${n}`,
          channel: 'form',
        },
      } as ProjectedEvent);
    }
  });
  return events;
};

const QUESTIONS = [
  { period: { from: '2025-01-01', to: '2026-12-31' } },
  { period: { from: '2025-04-01', to: '2025-09-30' } },
  { period: { from: '2025-01-01', to: '2026-12-31' }, filter: { spheres: ['LAND_RELATIONS', 'OTHER'] } },
  { period: { from: '2025-01-01', to: '2026-12-31' }, filter: { organizations: ['акимат района'] } },
  { period: { from: '2025-01-01', to: '2026-12-31' }, filter: { regions: ['KZ-71'] } },
];

const kpisOf = (events: readonly ProjectedEvent[]) => {
  const state = events.reduce(kpiProjection.evolve, kpiProjection.initialState());
  const model = { state, position: state.position };
  return QUESTIONS.map((q) => kpiSummary(model, q).kpis);
};

describe('the order of recording', () => {
  it('any order the write side accepts gives the KPIs of business-date order', () => {
    fc.assert(
      fc.property(
        historyArb(false).chain((planned) =>
          fc.tuple(
            fc.constant(planned),
            fc.array(fc.double({ noNaN: true }), { minLength: planned.length, maxLength: planned.length }),
          ),
        ),
        ([planned, priorities]) => {
          const inBusinessOrder = record(
            planned,
            planned.map((_, k) => k),
          );
          const late = record(planned, recordingOrder(planned, priorities));
          expect(late).toHaveLength(inBusinessOrder.length);
          expect(kpisOf(late)).toEqual(kpisOf(inBusinessOrder));
        },
      ),
      { numRuns: 150 },
    );
  });

  it('with contending reports, what any order accepts is accepted whole in business-date order, with its KPIs', () => {
    let contended = 0;
    fc.assert(
      fc.property(
        historyArb(true).chain((planned) =>
          fc.tuple(
            fc.constant(planned),
            fc.array(fc.double({ noNaN: true }), { minLength: planned.length, maxLength: planned.length }),
          ),
        ),
        ([planned, priorities]) => {
          const refused = new Set<number>();
          const late = record(planned, recordingOrder(planned, priorities), refused);
          if (refused.size > 0) contended += 1;
          // The accepted facts never contradict one another: in business-date order none is refused.
          const accepted = planned.map((_, k) => k).filter((k) => !refused.has(k));
          const inBusinessOrder = record(planned, accepted);
          expect(late).toHaveLength(inBusinessOrder.length);
          expect(kpisOf(late)).toEqual(kpisOf(inBusinessOrder));
        },
      ),
      { numRuns: 150 },
    );
    // The property is not proven on histories without a contradiction only.
    expect(contended).toBeGreaterThan(10);
  });
});
