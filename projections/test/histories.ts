import { fromDayNumber } from '@kpi/schema';
import fc from 'fast-check';
import type { ProjectedEvent } from '../src/projection.ts';
import { type ExampleEvent, recorded } from './fold.ts';

/**
 * Generated histories for property tests: risks (some reclassified, some withdrawn, some found again
 * in the same scheme around a year after a removal), recommendations (moved, some twice on one day;
 * rejected), transformations naming several risks (some dated on a due date), rights restored (some
 * leaving their organization and sphere to their risk); each event recorded some days after it
 * happened and some weeks late, never before what it refers to was recorded. Some risks and rights
 * are submitted for a central body (a seeded one, or one no catalogue lists: the fold indexes bodies
 * as they appear), so a region's own work and the bodies' work in it are told apart.
 */
const BASE_DAY = 20_089; // 2025-01-01
export const dayOf = (offset: number): string => fromDayNumber(BASE_DAY + offset);

const ORGS = ['Акимат района', '  акимат  РАЙОНА', 'Отдел образования'];
const PROCESSES = ['Выдача разрешений', 'выдача  разрешений ', 'Приём в школу'];
const SPHERES = ['EDUCATION', 'CONSTRUCTION'];
const CAUSES = ['EXCESSIVE_DISCRETION', 'LACK_OF_TRANSPARENCY', 'MANUAL_PROCESSING'];
const SOURCES = ['EXTERNAL_ANALYSIS', 'MEDIA_REPORT'];
const REGIONS = ['KZ-15', 'KZ-71'];
/** Central bodies: one of the seeded catalogue, one an administrator would have added. */
export const BODIES = ['MIN-HEALTH', 'AG-NEW-UNIT'];
const forBody = (body: string | undefined) => (body === undefined ? {} : { centralBody: body });
/** Districts by index, in the risk's region (0: none, at region level). */
export const districtOf = (region: string, index: number): string | undefined =>
  index === 0 ? undefined : `${region.slice(3)}${index}0${index}0000`.slice(0, 9);

const lag = fc.oneof(fc.integer({ min: 0, max: 3 }), fc.integer({ min: 14, max: 90 }));
const pick = <T>(values: readonly T[]) => fc.constantFrom(...values);
const bodyArb = fc.option(pick(BODIES), { nil: undefined, freq: 3 });

const riskArb = fc.record({
  day: fc.integer({ min: 0, max: 500 }),
  lag,
  region: pick(REGIONS),
  body: bodyArb,
  district: fc.integer({ min: 0, max: 2 }),
  org: pick(ORGS),
  process: pick(PROCESSES),
  sphere: pick(SPHERES),
  cause: pick(CAUSES),
  source: pick(SOURCES),
});

/**
 * Histories of up to ten risks, or `scale` times as many of everything: a busy history has periods
 * with ten and more removals (where a median and a p90 differ from their neighbours).
 */
export const historiesOf = (scale = 1) => {
  // fast-check generates short arrays by default, whatever their maximum: a busy history asks for long ones.
  const sized = scale > 1 ? { size: 'max' as const } : {};
  return fc
    .record({
      risks: fc.array(riskArb, { minLength: 1, maxLength: 10 * scale, ...sized }),
      reclassifications: fc.array(
        fc.record({
          risk: fc.nat(),
          after: fc.integer({ min: 0, max: 200 }),
          lag,
          cause: fc.option(pick(CAUSES), { nil: undefined }),
          // A risk may move to a body no risk was found in: filters by organization then tell "as of" from "now".
          org: fc.option(pick([...ORGS, 'Отдел земельных отношений']), { nil: undefined }),
          sphere: fc.option(pick(SPHERES), { nil: undefined }),
          process: fc.option(pick(PROCESSES), { nil: undefined }),
          source: fc.option(pick(SOURCES), { nil: undefined }),
          district: fc.option(fc.integer({ min: 1, max: 2 }), { nil: undefined }),
        }),
        { maxLength: 5 * scale, ...sized },
      ),
      withdrawals: fc.array(fc.record({ risk: fc.nat(), after: fc.integer({ min: 0, max: 200 }), lag }), {
        maxLength: 3 * scale,
        ...sized,
      }),
      recommendations: fc.array(
        fc.record({
          risk: fc.nat(),
          after: fc.integer({ min: 0, max: 60 }),
          due: fc.integer({ min: 0, max: 120 }),
          lag,
        }),
        { maxLength: 8 * scale, ...sized },
      ),
      moves: fc.array(
        fc.record({
          rec: fc.nat(),
          // Sometimes on the same day as another move of it: the last recorded wins.
          after: fc.oneof(fc.integer({ min: 0, max: 90 }), fc.constant(10)),
          due: fc.integer({ min: 0, max: 200 }),
          lag,
        }),
        { maxLength: 4 * scale, ...sized },
      ),
      rejections: fc.array(fc.record({ rec: fc.nat(), after: fc.integer({ min: 0, max: 150 }), lag }), {
        maxLength: 3 * scale,
        ...sized,
      }),
      transformations: fc.array(
        fc.record({
          risks: fc.uniqueArray(fc.nat({ max: 10 * scale - 1 }), { minLength: 1, maxLength: 3 }),
          recs: fc.uniqueArray(fc.nat({ max: 8 * scale - 1 }), { maxLength: 3 }),
          after: fc.integer({ min: 0, max: 400 }),
          // Dated on its first recommendation's due date, a day before or after: on time is "on or before".
          onDue: fc.oneof(
            { weight: 2, arbitrary: fc.constant(undefined) },
            { weight: 1, arbitrary: fc.integer({ min: -1, max: 1 }) },
          ),
          lag,
        }),
        { maxLength: 6 * scale, ...sized },
      ),
      // The same scheme found again some days after a removal, around the 365-day edge of recurrence.
      recurrences: fc.array(
        fc.record({ risk: fc.nat(), gap: fc.constantFrom(0, 1, 30, 364, 365, 366), lag }),
        { maxLength: 2 * scale, ...sized },
      ),
      rights: fc.array(
        fc.record({
          risk: fc.option(fc.nat(), { nil: undefined }),
          region: pick(REGIONS),
          body: bodyArb,
          // A case that names a risk may leave its organization and sphere to it.
          org: fc.option(pick(ORGS), { nil: undefined, freq: 3 }),
          sphere: fc.option(pick(SPHERES), { nil: undefined, freq: 2 }),
          day: fc.integer({ min: 0, max: 600 }),
          people: fc.integer({ min: 1, max: 5 }),
          amount: fc.option(fc.integer({ min: 0, max: 1_000_000 }), { nil: undefined }),
          lag,
        }),
        { maxLength: 5 * scale, ...sized },
      ),
    })
    .map(toEvents);
};

export const historyArb = historiesOf();

type Draft = { recordedDay: number; order: number; event: Omit<ExampleEvent, 'at'> };

function toEvents(h: {
  risks: {
    day: number;
    lag: number;
    region: string;
    body?: string;
    district: number;
    org: string;
    process: string;
    sphere: string;
    cause: string;
    source: string;
  }[];
  reclassifications: {
    risk: number;
    after: number;
    lag: number;
    cause?: string;
    org?: string;
    sphere?: string;
    process?: string;
    source?: string;
    district?: number;
  }[];
  withdrawals: { risk: number; after: number; lag: number }[];
  recommendations: { risk: number; after: number; due: number; lag: number }[];
  moves: { rec: number; after: number; due: number; lag: number }[];
  rejections: { rec: number; after: number; lag: number }[];
  transformations: { risks: number[]; recs: number[]; after: number; onDue?: number; lag: number }[];
  recurrences: { risk: number; gap: number; lag: number }[];
  rights: {
    risk?: number;
    region: string;
    body?: string;
    org?: string;
    sphere?: string;
    day: number;
    people: number;
    amount?: number;
    lag: number;
  }[];
}): ProjectedEvent[] {
  const drafts: Draft[] = [];
  const add = (day: number, lagDays: number, notBefore: number, event: Draft['event']) => {
    const recordedDay = Math.max(day + lagDays, notBefore);
    drafts.push({ recordedDay, order: drafts.length, event });
    return recordedDay;
  };
  const n = h.risks.length;
  const riskRecorded = h.risks.map((r, i) =>
    add(r.day, r.lag, 0, {
      type: 'RiskIdentified',
      data: {
        riskId: `r${i}`,
        region: r.region,
        ...forBody(r.body),
        ...(r.district > 0 ? { district: districtOf(r.region, r.district) } : {}),
        organization: r.org,
        process: r.process,
        sphere: r.sphere,
        causeCategory: r.cause,
        source: r.source,
        occurredOn: dayOf(r.day),
      },
    }),
  );
  for (const c of h.reclassifications) {
    const i = c.risk % n;
    if ([c.cause, c.org, c.sphere, c.process, c.source, c.district].every((x) => x === undefined)) continue;
    add(h.risks[i]!.day + c.after, c.lag, riskRecorded[i]!, {
      type: 'RiskReclassified',
      data: {
        riskId: `r${i}`,
        ...(c.cause ? { causeCategory: c.cause } : {}),
        ...(c.org ? { organization: c.org } : {}),
        ...(c.sphere ? { sphere: c.sphere } : {}),
        ...(c.process ? { process: c.process } : {}),
        ...(c.source ? { source: c.source } : {}),
        ...(c.district ? { district: districtOf(h.risks[i]!.region, c.district) } : {}),
        occurredOn: dayOf(h.risks[i]!.day + c.after),
      },
    });
  }
  for (const w of h.withdrawals) {
    const i = w.risk % n;
    add(h.risks[i]!.day + w.after, w.lag, riskRecorded[i]!, {
      type: 'RiskWithdrawn',
      data: { riskId: `r${i}`, occurredOn: dayOf(h.risks[i]!.day + w.after) },
    });
  }
  const recs = h.recommendations.map((c, j) => {
    const i = c.risk % n;
    const day = h.risks[i]!.day + c.after;
    const recordedDay = add(day, c.lag, riskRecorded[i]!, {
      type: 'RecommendationIssued',
      data: {
        recommendationId: `c${j}`,
        riskId: `r${i}`,
        region: h.risks[i]!.region,
        ...forBody(h.risks[i]!.body),
        dueOn: dayOf(day + c.due),
        occurredOn: dayOf(day),
      },
    });
    return { day, recordedDay, dueDay: day + c.due };
  });
  const m = recs.length;
  if (m > 0) {
    for (const mv of h.moves) {
      const j = mv.rec % m;
      add(recs[j]!.day + mv.after, mv.lag, recs[j]!.recordedDay, {
        type: 'RecommendationDueDateMoved',
        data: {
          recommendationId: `c${j}`,
          dueOn: dayOf(recs[j]!.day + mv.due),
          occurredOn: dayOf(recs[j]!.day + mv.after),
        },
      });
    }
    for (const r of h.rejections) {
      const j = r.rec % m;
      add(recs[j]!.day + r.after, r.lag, recs[j]!.recordedDay, {
        type: 'RecommendationRejected',
        data: { recommendationId: `c${j}`, occurredOn: dayOf(recs[j]!.day + r.after) },
      });
    }
  }
  const removedOn: (number | undefined)[] = [];
  h.transformations.forEach((t, k) => {
    const risks = [...new Set(t.risks.map((i) => i % n))];
    const recIds = m > 0 ? [...new Set(t.recs.map((j) => j % m))] : [];
    const earliest = Math.max(...risks.map((i) => h.risks[i]!.day));
    const day =
      t.onDue !== undefined && recIds.length > 0
        ? Math.max(earliest, recs[recIds[0]!]!.dueDay + t.onDue)
        : earliest + t.after;
    for (const i of risks) removedOn[i] = Math.min(removedOn[i] ?? day, day);
    const notBefore = Math.max(
      ...risks.map((i) => riskRecorded[i]!),
      ...recIds.map((j) => recs[j]!.recordedDay),
    );
    add(day, t.lag, notBefore, {
      type: 'ProcessTransformed',
      data: {
        transformationId: `t${k}`,
        region: h.risks[risks[0]!]!.region,
        ...forBody(h.risks[risks[0]!]!.body),
        removesRiskIds: risks.map((i) => `r${i}`),
        implementsRecommendationIds: recIds.map((j) => `c${j}`),
        occurredOn: dayOf(day),
      },
    });
  });
  h.recurrences.forEach((c, k) => {
    const i = c.risk % n;
    const removed = removedOn[i];
    if (removed === undefined) return;
    const day = removed + c.gap;
    add(day, c.lag, riskRecorded[i]!, {
      type: 'RiskIdentified',
      data: {
        riskId: `r${n + k}`,
        region: h.risks[i]!.region,
        ...forBody(h.risks[i]!.body),
        organization: h.risks[i]!.org,
        process: h.risks[i]!.process,
        sphere: h.risks[i]!.sphere,
        causeCategory: h.risks[i]!.cause,
        source: h.risks[i]!.source,
        occurredOn: dayOf(day),
      },
    });
  });
  h.rights.forEach((r, k) => {
    const i = r.risk === undefined ? undefined : r.risk % n;
    add(r.day, r.lag, i === undefined ? 0 : riskRecorded[i]!, {
      type: 'RightRestored',
      data: {
        caseId: `k${k}`,
        region: i === undefined ? r.region : h.risks[i]!.region,
        // A case is its unit's: a body's own, or a region's (whatever unit the risk it names is in).
        ...forBody(r.body),
        // The write side requires the organization and sphere of a case that names no risk.
        ...(r.org !== undefined || i === undefined ? { organization: r.org ?? ORGS[0] } : {}),
        ...(r.sphere !== undefined || i === undefined ? { sphere: r.sphere ?? SPHERES[0] } : {}),
        peopleCount: r.people,
        ...(r.amount === undefined ? {} : { amountKzt: r.amount / 100 }),
        ...(i === undefined ? {} : { riskId: `r${i}` }),
        occurredOn: dayOf(r.day),
      },
    });
  });
  drafts.sort((a, b) => a.recordedDay - b.recordedDay || a.order - b.order);
  return recorded(
    drafts.map((d, k) => ({
      ...d.event,
      at: new Date(Date.UTC(2025, 0, 1) + d.recordedDay * 86_400_000 + k * 60_000).toISOString(),
    })),
  );
}
