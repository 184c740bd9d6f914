import type { ProjectedEvent } from '@kpi/projections';
import {
  CAUSE_CATEGORY_CODES,
  fromDayNumber,
  REGION_CODES,
  RISK_SOURCE_CODES,
  SPHERE_CODES,
} from '@kpi/schema';

/**
 * A deterministic history of about `size` KPI events for benchmarks, generated in memory without
 * the command path: stories of risks found, recommendations (moved, rejected), transformations
 * (on time, late, never), reclassifications, withdrawals and rights restored, each recorded in
 * log order, some weeks after it happened. Same seed, same events.
 */
const mulberry32 = (seed: number) => () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
};

const FIRST_DAY = 18_262; // 2020-01-01
const DAYS = 2_300;
const ORGS_PER_REGION = 250;
const PROCESSES = 400;
const EVENTS_PER_STORY = 3.03;

const uuid = (kind: number, n: number) =>
  `${kind.toString(16).padStart(8, '0')}-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;

/** The history page by page, as a rebuild reads it from the log: only pending events stay in memory. */
export function* kpiWorkload(size: number, seed = 42, pageSize = 10_000): Generator<ProjectedEvent[]> {
  const random = mulberry32(seed);
  const int = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
  const pick = <T>(values: readonly T[]) => values[Math.floor(random() * values.length)]!;
  const late = () => (random() < 0.1 ? int(14, 60) : int(0, 3));
  const orgNames = REGION_CODES.map((_, r) =>
    Array.from({ length: ORGS_PER_REGION }, (_, k) => `Организация ${r}-${k}`),
  );
  const processNames = Array.from({ length: PROCESSES }, (_, k) => `Процесс номер ${k}`);
  const byDay: { type: string; data: Record<string, unknown> }[][] = Array.from(
    { length: DAYS + 500 },
    () => [],
  );
  const at = (day: number, type: string, data: Record<string, unknown>) =>
    byDay[Math.min(day, byDay.length - 1)]!.push({ type, data });
  const storiesPerDay = Math.ceil(size / EVENTS_PER_STORY / DAYS);
  let risks = 0;
  let recommendations = 0;
  let others = 0;
  const story = (d: number) => {
    {
      const region = int(0, REGION_CODES.length - 1);
      const riskId = uuid(1, risks++);
      const on = d;
      at(on + late(), 'RiskIdentified', {
        riskId,
        region: REGION_CODES[region],
        organization: pick(orgNames[region]!),
        process: pick(processNames),
        sphere: pick(SPHERE_CODES),
        causeCategory: pick(CAUSE_CATEGORY_CODES),
        source: pick(RISK_SOURCE_CODES),
        occurredOn: fromDayNumber(FIRST_DAY + on),
      });
      const recs: string[] = [];
      const recCount = random() < 0.8 ? (random() < 0.85 ? 1 : 2) : 0;
      for (let k = 0; k < recCount; k++) {
        const id = uuid(2, recommendations++);
        const issued = on + int(5, 30);
        recs.push(id);
        at(issued + late(), 'RecommendationIssued', {
          recommendationId: id,
          riskId,
          region: REGION_CODES[region],
          dueOn: fromDayNumber(FIRST_DAY + issued + int(30, 180)),
          occurredOn: fromDayNumber(FIRST_DAY + issued),
        });
        if (random() < 0.1) {
          const moved = issued + int(10, 60);
          at(moved + late(), 'RecommendationDueDateMoved', {
            recommendationId: id,
            dueOn: fromDayNumber(FIRST_DAY + moved + int(30, 120)),
            occurredOn: fromDayNumber(FIRST_DAY + moved),
          });
        }
      }
      if (random() < 0.06) {
        const when = on + int(1, 60);
        at(when + late(), 'RiskReclassified', {
          riskId,
          causeCategory: pick(CAUSE_CATEGORY_CODES),
          occurredOn: fromDayNumber(FIRST_DAY + when),
        });
      }
      if (random() < 0.65) {
        const when = on + int(20, 400);
        at(when + late(), 'ProcessTransformed', {
          transformationId: uuid(3, others++),
          region: REGION_CODES[region],
          removesRiskIds: [riskId],
          implementsRecommendationIds: recs.filter(() => random() < 0.8),
          occurredOn: fromDayNumber(FIRST_DAY + when),
        });
      } else if (recs.length > 0 && random() < 0.15) {
        const when = on + int(30, 200);
        at(when + late(), 'RecommendationRejected', {
          recommendationId: recs[0],
          occurredOn: fromDayNumber(FIRST_DAY + when),
        });
      }
      if (random() < 0.02) {
        const when = on + int(1, 30);
        at(when + late(), 'RiskWithdrawn', { riskId, occurredOn: fromDayNumber(FIRST_DAY + when) });
      }
      if (random() < 0.33) {
        const when = on + int(0, 300);
        const amount = random() < 0.6 ? int(10_000, 50_000_000) / 100 : undefined;
        at(when + late(), 'RightRestored', {
          caseId: uuid(4, others++),
          region: REGION_CODES[region],
          organization: pick(orgNames[region]!),
          peopleCount: int(1, 40),
          ...(amount === undefined ? {} : { amountKzt: amount }),
          ...(random() < 0.7 ? { riskId } : {}),
          occurredOn: fromDayNumber(FIRST_DAY + when),
        });
      }
    }
  };
  let page: ProjectedEvent[] = [];
  let emitted = 0;
  for (let d = 0; d < byDay.length && emitted < size; d++) {
    if (d < DAYS) for (let s = 0; s < storiesPerDay; s++) story(d);
    const day = byDay[d]!;
    byDay[d] = [];
    for (let k = 0; k < day.length && emitted < size; k++) {
      const e = day[k]!;
      const position = ++emitted;
      page.push({
        id: uuid(9, position),
        streamId: `stream-${position}`,
        type: e.type,
        position,
        // As the store hands them out: parsed from JSON (flat strings, fresh objects).
        data: JSON.parse(JSON.stringify(e.data)),
        metadata: {
          recordedAt: new Date((FIRST_DAY + d) * 86_400_000 + 3 * 3_600_000 + k * 50).toISOString(),
          submittedBy: 'bench',
          region: (e.data.region as string | undefined) ?? null,
          submissionId: `s-${position}`,
          correlationId: `c-${position}`,
          channel: 'seed',
        },
      });
      if (page.length === pageSize) {
        yield page;
        page = [];
      }
    }
  }
  if (page.length > 0) yield page;
}
