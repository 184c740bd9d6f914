import type { OutcomeQuery } from './perception.ts';
import type { OutcomesState, RiskSourceRecord } from './state.ts';

export const RECEPTION_SOURCE = 'CITIZEN_RECEPTION';

export interface ReceptionsRow {
  /** A unit's code (a region's or a central body's), or null for the total over the rows. */
  readonly unit: string | null;
  readonly receptions: number;
  readonly citizensReceived: number;
  readonly issuesRaised: number;
  /**
   * Risks identified in the period whose source is a citizen reception; for one district, those
   * of that district (as known at asOf). Never null: kept nullable for the rows of older clients.
   */
  readonly risksFromReceptions: number | null;
  /** risksFromReceptions / receptions; null without receptions (or without the risks' count). */
  readonly risksPerReception: number | null;
}

export interface Receptions {
  readonly rows: ReceptionsRow[];
  readonly total: ReceptionsRow;
}

/** The risk's source as recorded up to `asOf` (a reclassification counts from when it was recorded). */
export const sourceAt = (risk: RiskSourceRecord, asOf: number): string | null =>
  risk.sources.findLast((s) => s.recordedMs <= asOf)?.source ?? null;

/** The risk's district as recorded up to `asOf`; null at region level. */
export const districtAt = (risk: RiskSourceRecord, asOf: number): string | null =>
  risk.districts.findLast((d) => d.recordedMs <= asOf)?.district ?? null;

const row = (
  unit: string | null,
  c: { receptions: number; citizens: number; issues: number; risks: number | null },
): ReceptionsRow => ({
  unit,
  receptions: c.receptions,
  citizensReceived: c.citizens,
  issuesRaised: c.issues,
  risksFromReceptions: c.risks,
  risksPerReception: c.risks === null || c.receptions === 0 ? null : c.risks / c.receptions,
});

/**
 * Per unit (a region, or a central body: a body's receptions and risks are its own, never the
 * region's they were held in), the receptions held in the period (by their date), the citizens received, the issues
 * raised, and the risks identified in the period from citizen receptions (not withdrawn), per
 * reception; as known at `asOf`. One district's receptions, and its risks, when asked.
 */
export const receptions = (state: OutcomesState, query: OutcomeQuery): Receptions => {
  const asOf = query.asOfMs ?? Number.POSITIVE_INFINITY;
  const units = query.units ? new Set(query.units) : null;
  const district = query.district ?? null;
  const inPeriod = (day: string) => day >= query.from && day <= query.to;
  const counts = new Map<
    string,
    { receptions: number; citizens: number; issues: number; risks: number | null }
  >();
  const of = (unit: string) => {
    let c = counts.get(unit);
    if (c === undefined) {
      c = { receptions: 0, citizens: 0, issues: 0, risks: 0 };
      counts.set(unit, c);
    }
    return c;
  };
  for (const r of state.receptions) {
    if (r.recordedMs > asOf || !inPeriod(r.heldOn)) continue;
    if ((units !== null && !units.has(r.unit)) || (district !== null && r.district !== district)) continue;
    const c = of(r.unit);
    c.receptions += 1;
    c.citizens += r.citizensReceived;
    c.issues += r.issuesRaised;
  }
  for (const risk of state.risks.values()) {
    if (!inPeriod(risk.identifiedOn) || (units !== null && !units.has(risk.unit))) continue;
    if (risk.withdrawnMs !== null && risk.withdrawnMs <= asOf) continue;
    if (sourceAt(risk, asOf) !== RECEPTION_SOURCE) continue;
    if (district !== null && districtAt(risk, asOf) !== district) continue;
    const c = of(risk.unit);
    c.risks = (c.risks ?? 0) + 1;
  }
  const rows = [...counts].sort(([a], [b]) => a.localeCompare(b)).map(([unit, c]) => row(unit, c));
  const total = { receptions: 0, citizens: 0, issues: 0, risks: 0 } as {
    receptions: number;
    citizens: number;
    issues: number;
    risks: number | null;
  };
  for (const r of rows) {
    total.receptions += r.receptions;
    total.citizens += r.citizensReceived;
    total.issues += r.issuesRaised;
    if (total.risks !== null) total.risks += r.risksFromReceptions ?? 0;
  }
  return { rows, total: row(null, total) };
};
