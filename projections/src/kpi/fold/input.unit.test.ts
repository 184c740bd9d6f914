import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fold } from '../../../test/fold.ts';
import { historyArb } from '../../../test/histories.ts';
import type { ProjectedEvent } from '../../projection.ts';
import type { KpiFilter } from '../query/filter.ts';
import { kpiSummary } from '../query/summary.ts';
import { foldPaged } from './paged-fold.test-support.ts';
import { kpiProjection } from './projection.ts';

const { pages } = kpiProjection;

describe('the KPI fold a page of encoded input at a time', () => {
  it("names by URL the very module its encoder is imported from, which the store's reader threads load", async () => {
    const loaded = (await import(pages.encoderUrl)) as { encodePage: unknown };
    expect(loaded.encodePage).toBe(pages.encodePage);
  });

  it('gives the read model folding event by event gives, whatever the pages', () => {
    fc.assert(
      fc.property(historyArb, fc.integer({ min: 1, max: 40 }), (events, pageSize) => {
        expect(foldPaged(events, undefined, pageSize)).toEqual(fold(events));
      }),
    );
  });

  it('leaves events of other types as they are, and fails at an event it cannot read, after the ones before', () => {
    fc.assert(
      fc.property(historyArb, fc.nat(), (events, pick) => {
        const at = pick % events.length;
        const broken: ProjectedEvent = {
          ...events[at]!,
          type: 'RiskIdentified',
          data: { riskId: 'r', region: 'KZ-99', occurredOn: '2025-01-01' },
        };
        const noise: ProjectedEvent = { ...events[0]!, type: 'ChartSaved', data: {} };
        const { page } = pages.encodePage([noise, ...events.slice(0, at), broken, ...events.slice(at + 1)]);
        let state = pages.apply(kpiProjection.initialState(), page, 0);
        expect(state.version).toBe(0);
        for (let r = 1; r <= at; r++) state = pages.apply(state, page, r);
        expect(state).toEqual(fold(events.slice(0, at)));
        expect(pages.typeAt(page, at + 1)).toBe('RiskIdentified');
        expect(pages.positionAt(page, at + 1)).toBe(events[at]!.position);
        expect(() => pages.apply(state, page, at + 1)).toThrow('unknown region "KZ-99"');
        // Event by event, the same event fails the same way.
        expect(() => kpiProjection.evolve(fold(events.slice(0, at)), broken)).toThrow(
          'unknown region "KZ-99"',
        );
      }),
      { numRuns: 30 },
    );
  });

  it('names a missing field of an event it cannot read', () => {
    const [event] = fc.sample(historyArb, { numRuns: 1, seed: 7 })[0]!;
    const missing: ProjectedEvent = {
      ...event!,
      type: 'ProcessTransformed',
      data: { region: 'KZ-15', occurredOn: '2025-01-01' },
    };
    expect(() => kpiProjection.evolve(kpiProjection.initialState(), missing)).toThrow(
      'removesRiskIds is not a list',
    );
  });
});

describe("a central body's events in the KPI fold", () => {
  const bodyLoop = (position: number): ProjectedEvent[] => {
    const base = { streamId: 'unit-MIN-HEALTH', revision: 0, id: 'e', position };
    const metadata = {
      recordedAt: '2025-03-01T06:00:00.000Z',
      submittedBy: 'u',
      region: null,
      submissionId: 's',
      correlationId: 'c',
      channel: 'api',
      schemaVersion: 1,
    };
    const at = (n: number, type: string, data: Record<string, unknown>) =>
      ({ ...base, position: position + n, type, data, metadata }) as unknown as ProjectedEvent;
    const placement = { region: 'KZ-71', centralBody: 'MIN-HEALTH' };
    return [
      at(0, 'RiskIdentified', {
        riskId: 'body-risk',
        ...placement,
        organization: 'Министерство',
        process: 'Лицензии',
        sphere: 'LICENSING',
        causeCategory: 'ADMINISTRATIVE_BARRIER',
        source: 'CITIZEN_RECEPTION',
        description: 'Очередь',
        occurredOn: '2025-02-01',
      }),
      at(1, 'ProcessTransformed', {
        transformationId: 'body-t',
        ...placement,
        organization: 'Министерство',
        process: 'Лицензии',
        kind: 'DIGITISED',
        description: 'Портал',
        removesRiskIds: ['body-risk'],
        occurredOn: '2025-02-10',
      }),
      at(2, 'RightRestored', {
        caseId: 'body-case',
        ...placement,
        organization: 'Министерство',
        sphere: 'LICENSING',
        kind: 'SERVICE_DELIVERED',
        peopleCount: 4,
        description: 'Оказана',
        occurredOn: '2025-02-11',
      }),
    ];
  };

  it("count in the body's unit, never in the region they name; replayed or followed live alike", () => {
    const period = { from: '2025-01-01', to: '2027-12-31' };
    const value = (state: ReturnType<typeof fold>, kpi: string, filter: KpiFilter = {}) =>
      kpiSummary({ state, position: state.position }, { period, filter }).kpis.find((e) => e.kpi === kpi)!
        .current.value;
    fc.assert(
      fc.property(historyArb, fc.integer({ min: 1, max: 40 }), (events, pageSize) => {
        const last = events.at(-1)?.position ?? 0;
        const withBody = [...events, ...bodyLoop(last + 1)];
        const live = fold(withBody);
        expect(foldPaged(withBody, undefined, pageSize)).toEqual(live);
        const without = fold(events);
        // The region named keeps the figures of its own work; the body's unit holds the loop.
        for (const kpi of ['risksIdentified', 'causesRemoved', 'rightsRestoredPeople'])
          expect(value(live, kpi, { regions: ['KZ-71'] })).toBe(value(without, kpi, { regions: ['KZ-71'] }));
        expect(value(live, 'rightsRestoredPeople', { units: ['MIN-HEALTH'] })).toBe(
          4 + (value(without, 'rightsRestoredPeople', { units: ['MIN-HEALTH'] }) as number),
        );
        // The country counts everything.
        expect(value(live, 'risksIdentified')).toBe(1 + (value(without, 'risksIdentified') as number));
      }),
      { numRuns: 30 },
    );
  });
});
