import { describe, expect, it } from 'vitest';
import { modelOf } from '../../test/fold.ts';
import {
  kpiDoc as doc,
  workedExample as events,
  workedExampleWithBody,
  workedExampleWithBodyReceptions,
} from '../../test/worked-example.ts';
import { outcomesProjection } from '../outcomes/projection.ts';
import { receptions } from '../outcomes/receptions.ts';
import { KPI_NAMES } from './definition/measures.ts';
import type { KpiFilter } from './query/filter.ts';
import { kpiSummary } from './query/summary.ts';
import { referenceKpis } from './reference/kpis.ts';

/**
 * docs/kpi.md is the specification by example: this test reads its events and its expected
 * tables, so the page and the code cannot drift apart.
 */

interface Expectation {
  readonly title: string;
  readonly period: { from: string; to: string };
  readonly asOf?: string;
  readonly position?: number;
  readonly filter?: KpiFilter;
  /** KPI name -> expected cells (current, previous, year earlier), as written. */
  readonly rows: Map<string, string[]>;
  readonly columns: number;
}

/** The tables written under a tag: `expect` for the example itself, `body-expect` with the central body's events. */
const tablesOf = (tag: string): Expectation[] =>
  [...doc.matchAll(new RegExp(`<!-- worked-example:${tag} (.*?) -->\\n((?:\\|.*\\n)+)`, 'g'))].map((m) => {
    const attrs = m[1]!;
    const [from, to] = /period=(\S+)/.exec(attrs)![1]!.split('..') as [string, string];
    const lines = m[2]!.trim().split('\n');
    const header = lines[0]!.split('|').map((c) => c.trim());
    const columns = header.filter((c) => c && c !== 'KPI' && c !== 'how').length;
    const rows = new Map(
      lines.slice(2).map((line) => {
        const cells = line.split('|').map((c) => c.trim());
        return [cells[1]!, cells.slice(2, 2 + columns)] as const;
      }),
    );
    return {
      title: attrs,
      period: { from, to },
      asOf: /asOf=(\S+)/.exec(attrs)?.[1],
      position: Number(/position=(\d+)/.exec(attrs)?.[1] ?? Number.NaN),
      filter: /filter=(\{.*\})/.exec(attrs) ? JSON.parse(/filter=(\{.*\})/.exec(attrs)![1]!) : undefined,
      rows,
      columns,
    };
  });

const expectations = tablesOf('expect');

const written = (
  cell: { value: number | null; numerator: number | null; denominator: number | null },
  rate: boolean,
) => (cell.value === null ? '—' : rate ? `${cell.numerator}/${cell.denominator}` : String(cell.value));

describe('the worked example of docs/kpi.md', () => {
  it('has its events and eight tables of expectations', () => {
    expect(events).toHaveLength(26);
    expect(expectations).toHaveLength(8);
    expect([...expectations[0]!.rows.keys()].sort()).toEqual([...KPI_NAMES].sort());
  });

  const holds = (e: Expectation, events: typeof workedExampleWithBody, at: number) => {
    it(`computes every expected value: ${e.title}`, () => {
      const summary = kpiSummary(modelOf(events), { period: e.period, asOf: e.asOf, filter: e.filter });
      if (e.asOf) expect(summary.position).toBe(e.position);
      else expect(summary.position).toBe(at);
      for (const [kpi, cells] of e.rows) {
        const entry = summary.kpis.find((k) => k.kpi === kpi);
        expect(entry, `KPI ${kpi}`).toBeDefined();
        const rate = cells.some((c) => c.includes('/'));
        const actual = [entry!.current, entry!.previous, entry!.yearEarlier].slice(0, e.columns);
        const shown = actual.map((a) => written(a, rate || a.denominator !== null));
        expect(shown, `KPI ${kpi}`).toEqual(cells);
      }
    });

    it(`and so does the reference implementation: ${e.title}`, () => {
      // The comparison periods are the summary's; each period's values are the reference's own.
      const summary = kpiSummary(modelOf(events), { period: e.period, asOf: e.asOf, filter: e.filter });
      const periods = [summary.period, summary.previousPeriod, summary.yearEarlierPeriod].slice(0, e.columns);
      const values = periods.map((period) =>
        referenceKpis(events, { period, asOf: e.asOf, filter: e.filter }),
      );
      for (const [kpi, cells] of e.rows) {
        const rate = cells.some((c) => c.includes('/'));
        const shown = values.map((v) => {
          const a = v[kpi as keyof typeof v];
          return written(a, rate || a.denominator !== null);
        });
        expect(shown, `KPI ${kpi}`).toEqual(cells);
      }
    });
  };

  for (const e of expectations) holds(e, events, 26);

  describe('with a central body beside the region', () => {
    const tables = tablesOf('body-expect');
    it('has three tables', () => expect(tables).toHaveLength(3));
    for (const e of tables) holds(e, workedExampleWithBody, 28);
  });

  describe("with the central body's receptions", () => {
    const all = workedExampleWithBodyReceptions;
    const outcomes = all.reduce(outcomesProjection.evolve, outcomesProjection.initialState());
    const model = modelOf(all);
    const tables = tablesOf('body-receptions');
    it('has its three events after the body’s, and three tables', () => {
      expect(all).toHaveLength(31);
      expect(tables).toHaveLength(3);
    });
    for (const e of tables) {
      it(`computes every expected value: ${e.title}`, () => {
        // A region's list is its own work, as the KPI filter reads it: its receptions by unit.
        const units = e.filter?.units ?? e.filter?.regions ?? null;
        const held = receptions(outcomes, { ...e.period, units }).total;
        const summary = kpiSummary(model, { period: e.period, filter: e.filter });
        const value = (name: string): number | null => {
          const outcome: Record<string, number | null> = {
            receptionsHeld: held.receptions,
            citizensReceived: held.citizensReceived,
            issuesRaised: held.issuesRaised,
            risksFromReceptions: held.risksFromReceptions,
            risksPerReception: held.risksPerReception,
          };
          if (name in outcome) return outcome[name]!;
          const kpi = summary.kpis.find((k) => k.kpi === name);
          if (!kpi) throw new Error(`docs/kpi.md names an unknown measure: ${name}`);
          return kpi.current.value;
        };
        for (const [name, [written]] of e.rows) {
          const v = value(name);
          expect(v === null ? '—' : String(v), name).toBe(written);
        }
      });
    }
  });
});
