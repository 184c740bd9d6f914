import {
  KPIS,
  type KpiName,
  type KpiSummary,
  type KpiSummaryEntry,
  type KpiValue,
  kpiEngine,
} from '@kpi/projections';
import { FIGURE_READERS } from '../../../identity/policy.ts';
import { builder } from '../../builder.ts';
import { boundFilter, kpiReadModel } from './access.ts';
import { KpiFilterInput, knowledgeFields, PeriodInput, PeriodRef, toFilter } from './inputs.ts';
import { answer, KpiAccessDeniedRef, KpiQueryFailedRef, resultType } from './results.ts';

export const KpiValueRef = builder.objectRef<KpiValue>('KpiValue').implement({
  description:
    'A KPI value; for a rate, the counts it is made of. Null where the set it is taken over is empty.',
  fields: (t) => ({
    value: t.exposeFloat('value', { nullable: true }),
    numerator: t.exposeFloat('numerator', { nullable: true, description: 'For a rate: the things counted.' }),
    denominator: t.exposeFloat('denominator', {
      nullable: true,
      description: 'For a rate: the things it is taken over.',
    }),
  }),
});

const KpiSummaryEntryRef = builder.objectRef<KpiSummaryEntry>('KpiSummaryEntry').implement({
  fields: (t) => ({
    kpi: t.exposeString('kpi', { description: 'The KPI name, e.g. causesRemoved (see docs/kpi.md).' }),
    description: t.string({ resolve: (e) => KPIS[e.kpi as KpiName].description }),
    current: t.field({ type: KpiValueRef, resolve: (e) => e.current }),
    previous: t.field({
      type: KpiValueRef,
      description: 'The period of the same length immediately before.',
      resolve: (e) => e.previous,
    }),
    yearEarlier: t.field({
      type: KpiValueRef,
      description: 'The same period a year earlier.',
      resolve: (e) => e.yearEarlier,
    }),
  }),
});

export const KpiSummaryRef = builder.objectRef<KpiSummary>('KpiSummary').implement({
  description: 'Every KPI (or those asked) for a period and filter.',
  interfaces: [knowledgeFields],
  fields: (t) => ({
    period: t.field({ type: PeriodRef, resolve: (s) => s.period }),
    previousPeriod: t.field({ type: PeriodRef, resolve: (s) => s.previousPeriod }),
    yearEarlierPeriod: t.field({ type: PeriodRef, resolve: (s) => s.yearEarlierPeriod }),
    kpis: t.field({ type: [KpiSummaryEntryRef], resolve: (s) => [...s.kpis] }),
  }),
});

const KpiSummaryResultRef = builder.unionType('KpiSummaryResult', {
  types: [KpiSummaryRef, KpiQueryFailedRef, KpiAccessDeniedRef],
  resolveType: resultType(KpiSummaryRef),
});

builder.queryField('kpiSummary', (t) =>
  t.field({
    type: KpiSummaryResultRef,
    description:
      "The methodology's KPIs for a period, beside the previous period and the same period a year earlier; as known now, or as of an instant.",
    authScopes: { role: [...FIGURE_READERS] },
    args: {
      period: t.arg({ type: PeriodInput, required: true }),
      filter: t.arg({ type: KpiFilterInput, required: false }),
      asOf: t.arg({ type: 'DateTime', required: false }),
      kpis: t.arg.stringList({ required: false, description: 'KPI names; all when absent.' }),
    },
    resolve: (_root, args, ctx) =>
      answer(() =>
        kpiEngine.summary(kpiReadModel(ctx), {
          period: args.period,
          filter: boundFilter(ctx, toFilter(args.filter)),
          asOf: args.asOf ?? null,
          kpis: args.kpis ?? null,
        }),
      ),
  }),
);
