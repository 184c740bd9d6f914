import { type KpiSeries, kpiEngine, type SeriesPoint } from '@kpi/projections';
import { FIGURE_READERS } from '../../../identity/policy.ts';
import { builder } from '../../builder.ts';
import { boundFilter, kpiReadModel } from './access.ts';
import {
  GranularityEnum,
  KpiFilterInput,
  knowledgeFields,
  PeriodInput,
  PeriodRef,
  toFilter,
} from './inputs.ts';
import { KpiValueRef } from './kpi-summary.ts';
import { answer, KpiAccessDeniedRef, KpiQueryFailedRef, resultType } from './results.ts';

const SeriesPointRef = builder.objectRef<SeriesPoint>('KpiSeriesPoint').implement({
  fields: (t) => ({
    label: t.exposeString('label', {
      description: 'The bucket: 2026-03-14, 2026-W11, 2026-03, 2026-Q1 or 2026.',
    }),
    period: t.field({ type: PeriodRef, resolve: (p) => p.period }),
    current: t.field({ type: KpiValueRef, resolve: (p) => p.current }),
    previous: t.field({ type: KpiValueRef, description: 'The bucket before.', resolve: (p) => p.previous }),
    yearEarlier: t.field({
      type: KpiValueRef,
      description: 'The same bucket a year earlier.',
      resolve: (p) => p.yearEarlier,
    }),
    yearEarlierPeriod: t.field({ type: PeriodRef, resolve: (p) => p.yearEarlierPeriod }),
  }),
});

const KpiSeriesRef = builder.objectRef<KpiSeries>('KpiSeries').implement({
  description: 'One KPI by calendar bucket; the period is widened to whole buckets.',
  interfaces: [knowledgeFields],
  fields: (t) => ({
    kpi: t.exposeString('kpi'),
    granularity: t.field({
      type: GranularityEnum,
      description:
        'The granularity used: coarser than asked when the period would hold more than 2,000 points.',
      resolve: (s) => s.granularity,
    }),
    requestedGranularity: t.field({ type: GranularityEnum, resolve: (s) => s.requestedGranularity }),
    period: t.field({ type: PeriodRef, resolve: (s) => s.period }),
    points: t.field({ type: [SeriesPointRef], resolve: (s) => [...s.points] }),
  }),
});

const KpiSeriesResultRef = builder.unionType('KpiSeriesResult', {
  types: [KpiSeriesRef, KpiQueryFailedRef, KpiAccessDeniedRef],
  resolveType: resultType(KpiSeriesRef),
});

builder.queryField('kpiSeries', (t) =>
  t.field({
    type: KpiSeriesResultRef,
    description:
      'One KPI over time by day, ISO week, month, quarter or year, each point beside the one before and a year earlier.',
    authScopes: { role: [...FIGURE_READERS] },
    args: {
      kpi: t.arg.string({ required: true, description: 'A KPI name, e.g. causesRemoved.' }),
      granularity: t.arg({ type: GranularityEnum, required: true }),
      period: t.arg({ type: PeriodInput, required: true }),
      filter: t.arg({ type: KpiFilterInput, required: false }),
      asOf: t.arg({ type: 'DateTime', required: false }),
    },
    resolve: (_root, args, ctx) =>
      answer(() =>
        kpiEngine.series(kpiReadModel(ctx), {
          kpi: args.kpi,
          granularity: args.granularity,
          period: args.period,
          filter: boundFilter(ctx, toFilter(args.filter)),
          asOf: args.asOf ?? null,
        }),
      ),
  }),
);
