import { COUNTRY_AND_REGIONS, COUNTRY_UNIT, REGION_CODES, type TargetDirection } from '@kpi/schema';
import { commentaryAsOf, type FigureCommentView, figureCommentsAsOf } from '../annotations/as-of.ts';
import type { AnnotationsState, CommentaryVersion } from '../annotations/state.ts';
import type { KpiName, KpiReadModel } from '../kpi/index.ts';
import { chart, KpiQueryError, kpiSummary } from '../kpi/index.ts';
import type { TargetsState } from '../targets/state.ts';
import type { TargetStatus } from '../targets/status.ts';
import { targetsWithStatus } from '../targets/with-status.ts';
import { type HotSpot, recurrenceHotSpots } from './hot-spots.ts';
import { previousReviewPeriod, type ReviewRange, reviewRange, targetPeriodOf } from './review-period.ts';

/** The figures the front page leads with: causes removed first, rights restored and recurrence after. */
export const LEAD_KPIS = [
  'causesRemoved',
  'removalRate',
  'medianDaysToRemoval',
  'rightsRestoredCases',
  'rightsRestoredPeople',
  'recurrenceRate',
] as const satisfies readonly KpiName[];
/** Risk -> recommendation -> transformation, each step its own events in the period. */
export const FUNNEL_KPIS = ['risksIdentified', 'recommendationsIssued', 'causesRemoved'] as const;

export interface ReportTarget {
  readonly period: string;
  readonly value: number;
  readonly direction: TargetDirection;
  readonly heldTo: number | null;
  readonly status: TargetStatus | null;
}

export interface LeadKpi {
  readonly kpi: (typeof LEAD_KPIS)[number];
  readonly current: number | null;
  readonly previous: number | null;
  /** Current minus previous; null when either has no value. */
  readonly change: number | null;
  readonly target: ReportTarget | null;
}

export interface LeagueRow {
  readonly region: string;
  readonly causesRemoved: number;
  readonly removalRate: number | null;
  readonly rank: number;
  readonly previousRank: number;
  /** Places gained since the previous period (negative: lost). */
  readonly movement: number;
}

export interface ReviewReport {
  readonly unit: string;
  readonly period: string;
  readonly range: ReviewRange;
  readonly previousPeriod: string;
  readonly previousRange: ReviewRange;
  /** The instant the report is as known on; null: everything known when it was made. */
  readonly asOf: string | null;
  readonly leadKpis: readonly LeadKpi[];
  /** Every region ranked by causes removed; null when the reader sees only their own region. */
  readonly league: readonly LeagueRow[] | null;
  readonly funnel: readonly { readonly kpi: (typeof FUNNEL_KPIS)[number]; readonly value: number }[];
  readonly overdueByRegion: readonly { readonly region: string; readonly overdue: number }[];
  readonly hotSpots: readonly HotSpot[];
  readonly commentary: CommentaryVersion | null;
  readonly figureComments: readonly FigureCommentView[];
}

export interface ReviewReportQuery {
  readonly unit: string;
  readonly period: string;
  readonly asOf: string | null;
  /** The caller's clock: the day running targets are judged on when no `asOf` is given. */
  readonly now: Date;
  /** Whether the reader may see every region (the league); otherwise only the unit's own figures. */
  readonly seesAllRegions: boolean;
}

export interface ReviewReadModels {
  readonly kpi: KpiReadModel;
  readonly targets: TargetsState;
  readonly annotations: AnnotationsState;
}

const checkQuery = (query: ReviewReportQuery): number | null => {
  if (!(COUNTRY_AND_REGIONS as readonly string[]).includes(query.unit)) {
    throw new KpiQueryError(
      'INVALID_FILTER',
      'unit',
      'must be KZ (the country) or a region code such as KZ-15',
    );
  }
  if (query.asOf === null) return null;
  const ms = Date.parse(query.asOf);
  if (Number.isNaN(ms)) throw new KpiQueryError('INVALID_PERIOD', 'asOf', 'must be an ISO 8601 instant');
  return ms;
};

/** Ranks regions by causes removed, then removal rate: equal figures share a rank. */
const ranked = (rows: Map<string, readonly (number | null)[]>): Map<string, number> => {
  const order = REGION_CODES.map((region) => ({ region, values: rows.get(region) ?? [0, null] })).sort(
    (a, b) =>
      (b.values[0] ?? 0) - (a.values[0] ?? 0) ||
      (b.values[1] ?? -1) - (a.values[1] ?? -1) ||
      a.region.localeCompare(b.region),
  );
  const ranks = new Map<string, number>();
  order.forEach((row, i) => {
    const before = order[i - 1];
    const tied = before && before.values[0] === row.values[0] && before.values[1] === row.values[1];
    ranks.set(row.region, tied ? ranks.get(before.region)! : i + 1);
  });
  return ranks;
};

const byRegion = (
  model: KpiReadModel,
  range: ReviewRange,
  asOf: string | null,
  measures: string[],
  regions: string[] | null,
) =>
  new Map(
    chart(model, {
      measures,
      dimensions: [{ dimension: 'region' }],
      filter: regions ? { regions } : null,
      period: range,
      asOf,
      limit: REGION_CODES.length,
    }).rows.map((row) => [row.keys[0]!.key, row.values] as const),
  );

/**
 * The review meeting's report for a unit (the country or a region) and a period, as known at
 * `asOf`: pure, so the same read models and query always give the same report.
 */
export const reviewReport = (models: ReviewReadModels, query: ReviewReportQuery): ReviewReport => {
  const asOfMs = checkQuery(query);
  const range = reviewRange(query.period);
  const previousPeriod = previousReviewPeriod(query.period);
  const previousRange = reviewRange(previousPeriod);
  const regions = query.unit === COUNTRY_UNIT ? null : [query.unit];
  const filter = regions ? { regions } : null;
  const kpis = [...new Set([...LEAD_KPIS, ...FUNNEL_KPIS])];
  const current = kpiSummary(models.kpi, { period: range, filter, asOf: query.asOf, kpis });
  const previous = kpiSummary(models.kpi, { period: previousRange, filter, asOf: query.asOf, kpis });
  const figureOf = (summary: typeof current, kpi: string) =>
    summary.kpis.find((entry) => entry.kpi === kpi)?.current.value ?? null;
  const targetPeriod = targetPeriodOf(query.period);
  const targets = targetsWithStatus(models.targets, models.kpi, {
    unit: query.unit,
    period: targetPeriod,
    asOf: query.asOf,
    now: query.now,
  });
  const leadKpis = LEAD_KPIS.map((kpi): LeadKpi => {
    const now = figureOf(current, kpi);
    const before = figureOf(previous, kpi);
    const target = targets.find((t) => t.kpi === kpi);
    return {
      kpi,
      current: now,
      previous: before,
      change: now === null || before === null ? null : now - before,
      target: target
        ? {
            period: targetPeriod,
            value: target.value,
            direction: target.direction,
            heldTo: target.heldTo,
            status: target.status,
          }
        : null,
    };
  });
  let league: LeagueRow[] | null = null;
  if (query.seesAllRegions) {
    const measures = ['causesRemoved', 'removalRate'];
    const now = byRegion(models.kpi, range, query.asOf, measures, null);
    const before = byRegion(models.kpi, previousRange, query.asOf, measures, null);
    const [rankNow, rankBefore] = [ranked(now), ranked(before)];
    league = REGION_CODES.map((region) => ({
      region,
      causesRemoved: now.get(region)?.[0] ?? 0,
      removalRate: now.get(region)?.[1] ?? null,
      rank: rankNow.get(region)!,
      previousRank: rankBefore.get(region)!,
      movement: rankBefore.get(region)! - rankNow.get(region)!,
    })).sort((a, b) => a.rank - b.rank || a.region.localeCompare(b.region));
  }
  const overdue = byRegion(models.kpi, range, query.asOf, ['recommendationsOverdue'], regions);
  return {
    unit: query.unit,
    period: query.period,
    range,
    previousPeriod,
    previousRange,
    asOf: current.asOf,
    leadKpis,
    league,
    funnel: FUNNEL_KPIS.map((kpi) => ({ kpi, value: figureOf(current, kpi) ?? 0 })),
    overdueByRegion: [...overdue]
      .map(([region, values]) => ({ region, overdue: values[0] ?? 0 }))
      .filter((row) => row.overdue > 0)
      .sort((a, b) => b.overdue - a.overdue || a.region.localeCompare(b.region)),
    hotSpots: recurrenceHotSpots(models.kpi, { range, regions, asOf: query.asOf, limit: 10 }),
    commentary: commentaryAsOf(models.annotations, query, asOfMs),
    figureComments: figureCommentsAsOf(models.annotations, {
      units: regions ? [COUNTRY_UNIT, query.unit] : null,
      from: range.from,
      to: range.to,
      asOfMs,
    }),
  };
};
