import { describe, expect, it } from 'vitest';
import { type ExampleEvent, modelOf, recorded } from '../../test/fold.ts';
import { kpiDoc as doc, workedExample } from '../../test/worked-example.ts';
import { kpiSummary } from '../kpi/query/summary.ts';
import { perception } from './perception.ts';
import { perceptionChange } from './perception-change.ts';
import { outcomesProjection } from './projection.ts';
import { receptions } from './receptions.ts';

/**
 * The outcomes half of docs/kpi.md's worked example: its events continue the KPI example's log,
 * and its tables are computed here by the real projections, so the page cannot drift from them.
 */
const block = /<!-- worked-example:outcome-events -->\s*```json\n([\s\S]*?)```/.exec(doc);
if (!block) throw new Error('docs/kpi.md has no worked-example outcome-events block');
const outcomeEvents = recorded(JSON.parse(block[1]!) as ExampleEvent[], workedExample.length + 1);
const events = [...workedExample, ...outcomeEvents];
const outcomes = events.reduce(outcomesProjection.evolve, outcomesProjection.initialState());
const kpis = modelOf(events);

const tables = [...doc.matchAll(/<!-- worked-example:outcomes (.*?) -->\n((?:\|.*\n)+)/g)].map((m) => {
  const attrs = m[1]!;
  const [from, to] = /period=(\S+)/.exec(attrs)![1]!.split('..') as [string, string];
  const rows = m[2]!
    .trim()
    .split('\n')
    .slice(2)
    .map((line) => line.split('|').map((c) => c.trim()))
    .map((cells) => [cells[1]!, cells[2]!] as const);
  return {
    title: attrs,
    period: { from, to },
    district: /district=(\d+)/.exec(attrs)?.[1] ?? null,
    asOf: /asOf=(\S+)/.exec(attrs)?.[1] ?? null,
    rows,
  };
});

type Table = (typeof tables)[number];

/** Every measure the tables may name, read from the projection that owns it. */
const measure = (table: Table, name: string): number | null => {
  const query = {
    ...table.period,
    district: table.district,
    asOfMs: table.asOf === null ? null : Date.parse(table.asOf),
  };
  const latest = perception(outcomes, { ...query, group: 'CITIZENS' });
  const row = latest.rows.find((r) => r.unit === 'KZ-15') ?? null;
  const change = perceptionChange(outcomes, query).find((r) => r.unit === 'KZ-15') ?? null;
  const held = receptions(outcomes, query).total;
  const outcomeMeasures: Record<string, number | null> = {
    perceptionIndex: row?.perceptionIndex ?? null,
    facedCorruptionShare: row?.facedCorruptionShare ?? null,
    perceptionMean: latest.means.find((m) => m.group === 'CITIZENS')?.perceptionIndex ?? null,
    perceptionBefore: change?.before?.perceptionIndex ?? null,
    perceptionChange: change?.change ?? null,
    receptionsHeld: held.receptions,
    citizensReceived: held.citizensReceived,
    issuesRaised: held.issuesRaised,
    risksFromReceptions: held.risksFromReceptions,
    risksPerReception: held.risksPerReception,
  };
  if (name in outcomeMeasures) return outcomeMeasures[name]!;
  const summary = kpiSummary(kpis, {
    period: table.period,
    asOf: table.asOf ?? undefined,
    filter: table.district ? { districts: [table.district] } : undefined,
  });
  const kpi = summary.kpis.find((k) => k.kpi === name);
  if (!kpi) throw new Error(`docs/kpi.md names an unknown outcome measure: ${name}`);
  return kpi.current.value;
};

describe('the outcomes of the worked example of docs/kpi.md', () => {
  it('has its events after the KPI example’s, and four tables', () => {
    expect(outcomeEvents).toHaveLength(5);
    expect(outcomeEvents[0]!.metadata.recordedAt > workedExample.at(-1)!.metadata.recordedAt).toBe(true);
    expect(tables).toHaveLength(4);
  });

  for (const table of tables) {
    it(`computes every expected value: ${table.title}`, () => {
      for (const [name, written] of table.rows) {
        const value = measure(table, name);
        expect(value === null ? '—' : String(value), name).toBe(written);
      }
    });
  }
});
