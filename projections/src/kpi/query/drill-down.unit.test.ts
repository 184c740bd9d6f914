import { describe, expect, it } from 'vitest';
import { modelOf } from '../../../test/fold.ts';
import { workedExample, workedExampleWithBody } from '../../../test/worked-example.ts';
import { KPI_NAMES, KPIS } from '../definition/measures.ts';
import { drillDown } from './drill-down.ts';
import { kpiSummary } from './summary.ts';

const model = modelOf(workedExample);
const period = { from: '2026-01-01', to: '2026-03-31' };
const positionOf = (type: string, id: string) =>
  workedExample.find((e) => e.type === type && Object.values(e.data as object)[0] === id)!.position;

describe('drillDown', () => {
  const summary = kpiSummary(model, { period });

  it.each(
    KPI_NAMES.filter((k) => !k.startsWith('coverage') && !k.includes('Days') && KPIS[k].shape !== 'sum'),
  )('%s: the rows add up to the number', (kpi) => {
    const entry = summary.kpis.find((k) => k.kpi === kpi)!.current;
    const rows = drillDown(model, { kpi, period, first: 500 });
    if (KPIS[kpi].shape === 'rate') {
      expect(rows.total).toBe(entry.denominator);
      expect(rows.rows.filter((r) => r.counted)).toHaveLength(entry.numerator!);
    } else {
      expect(rows.total).toBe(entry.value);
    }
  });

  it('lists the events behind each cause removed, reclassifications included', () => {
    const d = drillDown(model, { kpi: 'causesRemoved', period });
    expect(d.rows.map((r) => [r.id, r.date, r.value])).toEqual([
      ['R1', '2026-01-25', 66],
      ['R2', '2026-03-10', 59],
    ]);
    expect(d.rows[1]!.events).toEqual([
      { position: positionOf('RiskIdentified', 'R2'), role: 'identified' },
      { position: positionOf('RiskReclassified', 'R2'), role: 'reclassified' },
      { position: positionOf('ProcessTransformed', 'T2'), role: 'removed' },
    ]);
  });

  it("names the region beside the organization of each row, a case by its own or its risk's", () => {
    const rights = drillDown(model, { kpi: 'rightsRestoredCases', period });
    expect(rights.rows.map((r) => [r.id, r.region, r.organization])).toEqual([
      ['C1', 'KZ-15', 'Акимат г. Актобе'],
      ['C2', 'KZ-15', 'Отдел образования'],
      ['C5', 'KZ-15', 'Акимат г. Актобе'],
    ]);
    const recommendations = drillDown(model, { kpi: 'recommendationsIssued', period });
    expect(recommendations.rows.map((r) => [r.id, r.region, r.organization])).toEqual([
      ['Rec2', 'KZ-15', 'Акимат г. Актобе'],
      ['Rec4', 'KZ-15', 'Отдел образования'],
      ['Rec5', 'KZ-15', 'Отдел образования'],
      ['Rec7', 'KZ-15', 'Акимат г. Актобе'],
    ]);
  });

  it("says the unit each row belongs to: Aktobe's own work by its region, the ministry's by the body, though it sits in Aktobe", () => {
    const withBody = modelOf(workedExampleWithBody);
    const removed = drillDown(withBody, { kpi: 'causesRemoved', period });
    expect(removed.rows.map((r) => [r.id, r.region, r.unit])).toEqual([
      ['R1', 'KZ-15', 'KZ-15'],
      ['B1', 'KZ-15', 'MIN-HEALTH'],
      ['R2', 'KZ-15', 'KZ-15'],
    ]);
    const rights = drillDown(withBody, { kpi: 'rightsRestoredCases', period });
    expect(new Set(rights.rows.map((r) => r.unit))).toEqual(new Set(['KZ-15']));
    const recommendations = drillDown(withBody, { kpi: 'recommendationsIssued', period });
    expect(new Set(recommendations.rows.map((r) => r.unit))).toEqual(new Set(['KZ-15']));
  });

  it('shows the risk that made a removed cause recur', () => {
    const d = drillDown(model, { kpi: 'recurrenceRate', period });
    const r1 = d.rows.find((r) => r.id === 'R1')!;
    expect(r1.counted).toBe(true);
    expect(r1.events.at(-1)).toEqual({ position: positionOf('RiskIdentified', 'R4'), role: 'recurred' });
  });

  it('pages with a cursor and refuses a forged one', () => {
    const page1 = drillDown(model, { kpi: 'recommendationsIssued', period, first: 2 });
    expect(page1.rows.map((r) => r.id)).toEqual(['Rec2', 'Rec4']);
    expect(page1.hasNextPage).toBe(true);
    const page2 = drillDown(model, {
      kpi: 'recommendationsIssued',
      period,
      first: 2,
      after: page1.endCursor,
    });
    expect(page2.rows.map((r) => r.id)).toEqual(['Rec5', 'Rec7']);
    expect(page2.hasNextPage).toBe(false);
    expect(() => drillDown(model, { kpi: 'recommendationsIssued', period, after: 'bm9wZQ' })).toThrow(
      expect.objectContaining({ code: 'INVALID_CURSOR' }),
    );
    expect(() => drillDown(model, { kpi: 'recommendationsIssued', period, first: 501 })).toThrow(
      expect.objectContaining({ code: 'LIMIT_OUT_OF_RANGE', field: 'first' }),
    );
  });

  it('drills as of an instant: the late transformation is not there yet', () => {
    const d = drillDown(model, { kpi: 'recommendationsOverdue', period, asOf: '2026-03-31T18:59:59Z' });
    expect(d.rows.map((r) => [r.id, r.value])).toEqual([
      ['Rec3', 90],
      ['Rec1', 59],
      ['Rec4', 16],
    ]);
    expect(d.position).toBe(21);
  });
});
