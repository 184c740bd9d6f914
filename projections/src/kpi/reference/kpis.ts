import type { KpiName } from '../definition/measures.ts';
import type { KpiFilter } from '../query/filter.ts';
import type { KpiValue } from '../query/summary.ts';
import {
  type Day,
  daysBetween,
  normalise,
  type Recommendation,
  type ReferenceEvent,
  type RightRestored,
  type Risk,
  type World,
  worldAsOf,
} from './world.ts';

/**
 * The reference's second half: one small function per KPI over the world as known (world.ts),
 * each quoting the methodology's definition. A property test holds the fast engine to these.
 */

export interface ReferencePeriod {
  readonly from: Day;
  readonly to: Day;
}

/** "A period from..to includes both ends." */
const within = (day: Day | null, p: ReferencePeriod): boolean => day !== null && p.from <= day && day <= p.to;

// ---- Filters: "every KPI filterable by region, sphere, organization, cause category, source" ----

/** An absent or empty list does not filter. */
const allows = (asked: readonly string[] | null | undefined, value: string | null): boolean =>
  !asked || asked.length === 0 || (value !== null && asked.includes(value));

const allowsOrganization = (f: KpiFilter, organization: string): boolean =>
  allows(f.organizations?.map(normalise), organization);

/**
 * "A risk sits in exactly one unit": a region's filter asks for the region's own work (its unit is
 * the region), so a central body's risk that names the region is not in it; a units filter asks
 * for regions' and bodies' units by code. Both given: a unit must be in both.
 */
const inUnits = (f: KpiFilter, unit: string): boolean => allows(f.regions, unit) && allows(f.units, unit);

/** "A risk is counted in the region, sphere, organization, process, cause category and source it has now (or as of asOf)." */
const riskMatches = (f: KpiFilter, r: Risk): boolean =>
  inUnits(f, r.unit) &&
  allows(f.spheres, r.sphere) &&
  allowsOrganization(f, r.organization) &&
  allows(f.causeCategories, r.causeCategory) &&
  allows(f.sources, r.source) &&
  allows(f.districts, r.district);

/** A recommendation is filtered by its risk's classification. */
const recommendationMatches = (f: KpiFilter, c: Recommendation): boolean => riskMatches(f, c.risk);

/**
 * "Counted in its own region, sphere and organization ...; it answers the cause-category and source
 * filters through the risk it names", and the district filter too ("what names no district counts
 * only at region level").
 */
const rightMatches = (f: KpiFilter, k: RightRestored): boolean =>
  inUnits(f, k.unit) &&
  allows(f.spheres, k.sphere) &&
  allowsOrganization(f, k.organization) &&
  allows(f.causeCategories, k.risk?.causeCategory ?? null) &&
  allows(f.sources, k.risk?.source ?? null) &&
  allows(f.districts, k.risk?.district ?? null);

// ---- Values ----

const count = (n: number): KpiValue => ({ value: n, numerator: null, denominator: null });
/** "Rates are fractions between 0 and 1; a rate over an empty set is null." */
const rate = (numerator: number, denominator: number): KpiValue => ({
  value: denominator === 0 ? null : numerator / denominator,
  numerator,
  denominator,
});
const days = (value: number | null): KpiValue => ({ value, numerator: null, denominator: null });

/** "A median over an even count is the mean of the two middle values." Empty: null. */
const median = (values: readonly number[]): number | null => {
  const s = [...values].sort((a, b) => a - b);
  if (s.length === 0) return null;
  const mid = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};

/** "p90 is the nearest-rank value (the value at rank ceil(0.9 n) in ascending order)." Empty: null. */
const p90 = (values: readonly number[]): number | null => {
  const s = [...values].sort((a, b) => a - b);
  return s.length === 0 ? null : s[Math.ceil(0.9 * s.length) - 1]!;
};

// ---- Risks ----

/** "risks whose RiskIdentified date falls in the period" */
const identifiedIn = (risks: readonly Risk[], p: ReferencePeriod) =>
  risks.filter((r) => within(r.identifiedOn, p));

/** "risks whose first eliminating ProcessTransformed date falls in the period" */
const removedIn = (risks: readonly Risk[], p: ReferencePeriod) => risks.filter((r) => within(r.removedOn, p));

/** "of the risks identified in the period (the cohort), the share removed by now (or by asOf)" */
const removalRate = (risks: readonly Risk[], p: ReferencePeriod) => {
  const cohort = identifiedIn(risks, p);
  return rate(cohort.filter((r) => r.removedOn !== null).length, cohort.length);
};

/** "over risks removed in the period: days from identified to removed" */
const daysToRemoval = (risks: readonly Risk[], p: ReferencePeriod) =>
  removedIn(risks, p).map((r) => daysBetween(r.identifiedOn, r.removedOn!));

/** "risks identified and not removed at the end of the period", with their age then. */
const openAtEnd = (risks: readonly Risk[], p: ReferencePeriod) =>
  risks
    .filter((r) => r.identifiedOn <= p.to && (r.removedOn === null || r.removedOn > p.to))
    .map((r) => daysBetween(r.identifiedOn, p.to));

/** "buckets 0-30, 31-90, 91-180, 181-365, >365 days" */
const openAged = (risks: readonly Risk[], p: ReferencePeriod, low: number, high: number) =>
  count(openAtEnd(risks, p).filter((age) => low <= age && age <= high).length);

/**
 * "of the causes removed in the period, the share for which a new risk was later identified in the
 * same organization, same process and same cause category within 365 days of the removal";
 * "a later risk counts when its identified date is after the removal date and no more than 365
 * days after it"; organizations are bodies of their region, so recurrence never crosses regions.
 * The later risk is any known risk: it is the scheme that comes back, whatever the filter.
 */
const recurrenceRate = (filtered: readonly Risk[], everyRisk: readonly Risk[], p: ReferencePeriod) => {
  const removed = removedIn(filtered, p);
  const cameBack = (r: Risk) =>
    everyRisk.some(
      (later) =>
        later.region === r.region &&
        later.organization === r.organization &&
        later.process === r.process &&
        later.causeCategory === r.causeCategory &&
        later.identifiedOn > r.removedOn! &&
        daysBetween(r.removedOn!, later.identifiedOn) <= 365,
    );
  return rate(removed.filter(cameBack).length, removed.length);
};

/** "distinct organizations ... with at least one risk identified in the period" (a body of its region). */
const coverageOrganizations = (risks: readonly Risk[], p: ReferencePeriod) =>
  count(new Set(identifiedIn(risks, p).map((r) => `${r.region}|${r.organization}`)).size);

/** "distinct (organization, process) pairs with at least one risk identified in the period" */
const coverageProcesses = (risks: readonly Risk[], p: ReferencePeriod) =>
  count(new Set(identifiedIn(risks, p).map((r) => `${r.region}|${r.organization}|${r.process}`)).size);

// ---- Recommendations ----

/** "at the end of the period: due date before the period's end, not implemented by a transformation dated on or before the end, and not rejected on or before the end" */
const overdue = (recs: readonly Recommendation[], p: ReferencePeriod) =>
  recs.filter(
    (c) =>
      c.dueOn < p.to &&
      (c.implementedOn === null || c.implementedOn > p.to) &&
      (c.rejectedOn === null || c.rejectedOn > p.to),
  ).length;

/** "of recommendations due in the period, the share implemented by now" */
const implementationRate = (recs: readonly Recommendation[], p: ReferencePeriod) => {
  const due = recs.filter((c) => within(c.dueOn, p));
  return rate(due.filter((c) => c.implementedOn !== null).length, due.length);
};

/** "on-time rate: implemented on or before the due date" (of the same recommendations) */
const onTimeRate = (recs: readonly Recommendation[], p: ReferencePeriod) => {
  const due = recs.filter((c) => within(c.dueOn, p));
  return rate(due.filter((c) => c.implementedOn !== null && c.implementedOn <= c.dueOn).length, due.length);
};

// ---- Rights restored: "cases, people (sum), money (sum, KZT), dated in the period" ----

const rightsIn = (rights: readonly RightRestored[], p: ReferencePeriod) =>
  rights.filter((k) => within(k.occurredOn, p));

/** Every KPI the summary gives, for one period of a world as known, under a filter. */
export const referenceKpisOf = (
  world: World,
  p: ReferencePeriod,
  filter: KpiFilter = {},
): Record<KpiName, KpiValue> => {
  const risks = world.risks.filter((r) => riskMatches(filter, r));
  const recs = world.recommendations.filter((c) => recommendationMatches(filter, c));
  const rights = rightsIn(
    world.rights.filter((k) => rightMatches(filter, k)),
    p,
  );
  return {
    risksIdentified: count(identifiedIn(risks, p).length),
    causesRemoved: count(removedIn(risks, p).length),
    removalRate: removalRate(risks, p),
    medianDaysToRemoval: days(median(daysToRemoval(risks, p))),
    p90DaysToRemoval: days(p90(daysToRemoval(risks, p))),
    openRisks: count(openAtEnd(risks, p).length),
    openRisksAged0To30: openAged(risks, p, 0, 30),
    openRisksAged31To90: openAged(risks, p, 31, 90),
    openRisksAged91To180: openAged(risks, p, 91, 180),
    openRisksAged181To365: openAged(risks, p, 181, 365),
    openRisksAgedOver365: openAged(risks, p, 366, Number.POSITIVE_INFINITY),
    // "RecommendationIssued dated in the period"
    recommendationsIssued: count(recs.filter((c) => within(c.issuedOn, p)).length),
    // "recommendations named by a ProcessTransformed dated in the period" (the earliest of them)
    recommendationsImplemented: count(recs.filter((c) => within(c.implementedOn, p)).length),
    recommendationsOverdue: count(overdue(recs, p)),
    implementationRate: implementationRate(recs, p),
    onTimeRate: onTimeRate(recs, p),
    rightsRestoredCases: count(rights.length),
    rightsRestoredPeople: count(rights.reduce((sum, k) => sum + k.people, 0)),
    rightsRestoredMoneyKzt: count(rights.reduce((sum, k) => sum + k.tiyn, 0) / 100),
    recurrenceRate: recurrenceRate(risks, world.risks, p),
    coverageOrganizations: coverageOrganizations(risks, p),
    coverageProcesses: coverageProcesses(risks, p),
  };
};

/** Every KPI for a period from a plain list of events: the world as known at `asOf`, then each rule. */
export const referenceKpis = (
  events: readonly ReferenceEvent[],
  query: { period: ReferencePeriod; asOf?: string | null; filter?: KpiFilter | null },
): Record<KpiName, KpiValue> =>
  referenceKpisOf(worldAsOf(events, query.asOf), query.period, query.filter ?? {});
