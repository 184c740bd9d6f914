import { kpiEngine, type Page, type RegisterRecommendation, type RegisterRisk } from '@kpi/projections';
import { almatyDate } from '@kpi/schema';
import { FIGURE_READERS, KPI_READERS } from '../../../identity/policy.ts';
import { builder } from '../../builder.ts';
import { RegionCodeEnum } from '../mutations/vocabulary-enums.ts';
import { boundRegion, boundUnit, kpiReadModel } from './access.ts';
import { knowledgeFields } from './inputs.ts';
import { answer, KpiAccessDeniedRef, KpiQueryFailedRef, resultType } from './results.ts';

const RecommendationStatusEnum = builder.enumType('RegisterRecommendationStatus', {
  values: ['IMPLEMENTED', 'REJECTED', 'OVERDUE', 'OPEN'] as const,
});

const RegisterRecommendationRef = builder
  .objectRef<RegisterRecommendation>('RegisterRecommendation')
  .implement({
    fields: (t) => ({
      recommendationId: t.exposeID('recommendationId'),
      riskId: t.exposeID('riskId'),
      issuedOn: t.field({ type: 'Date', resolve: (r) => r.issuedOn }),
      dueOn: t.field({
        type: 'Date',
        description: 'The latest due date, moves included.',
        resolve: (r) => r.dueOn,
      }),
      status: t.field({ type: RecommendationStatusEnum, resolve: (r) => r.status }),
      implementedOn: t.field({ type: 'Date', nullable: true, resolve: (r) => r.implementedOn }),
      rejectedOn: t.field({ type: 'Date', nullable: true, resolve: (r) => r.rejectedOn }),
      daysOverdue: t.exposeInt('daysOverdue', { nullable: true }),
      position: t.exposeFloat('position', { description: 'Log position of its RecommendationIssued.' }),
    }),
  });

const RegisterRiskRef = builder.objectRef<RegisterRisk>('RegisterRisk').implement({
  fields: (t) => ({
    riskId: t.exposeID('riskId'),
    region: t.exposeString('region'),
    district: t.exposeString('district', {
      nullable: true,
      description: 'KATO code of its district, as classified now (or at asOf); null at region level.',
    }),
    districtName: t.exposeString('districtName', {
      nullable: true,
      description: 'The name last given with that code.',
    }),
    organization: t.exposeString('organization'),
    process: t.exposeString('process'),
    sphere: t.exposeString('sphere'),
    causeCategory: t.exposeString('causeCategory'),
    source: t.exposeString('source'),
    identifiedOn: t.field({ type: 'Date', resolve: (r) => r.identifiedOn }),
    ageDays: t.exposeInt('ageDays', { description: 'Days since identified, today in Almaty.' }),
    recommendations: t.field({ type: [RegisterRecommendationRef], resolve: (r) => [...r.recommendations] }),
    position: t.exposeFloat('position'),
  }),
});

const pageFields = {
  total: 'Things matching, across all pages.',
  endCursor: 'Pass as `after` for the next page.',
} as const;

const OpenRisksPageRef = builder.objectRef<Page<RegisterRisk>>('RegisterRiskPage').implement({
  interfaces: [knowledgeFields],
  fields: (t) => ({
    total: t.exposeInt('total', { description: pageFields.total }),
    items: t.field({ type: [RegisterRiskRef], resolve: (p) => [...p.items] }),
    endCursor: t.exposeString('endCursor', { nullable: true, description: pageFields.endCursor }),
    hasNextPage: t.exposeBoolean('hasNextPage'),
  }),
});

const RecommendationsPageRef = builder
  .objectRef<Page<RegisterRecommendation>>('RegisterRecommendationPage')
  .implement({
    interfaces: [knowledgeFields],
    fields: (t) => ({
      total: t.exposeInt('total', { description: pageFields.total }),
      items: t.field({ type: [RegisterRecommendationRef], resolve: (p) => [...p.items] }),
      endCursor: t.exposeString('endCursor', { nullable: true, description: pageFields.endCursor }),
      hasNextPage: t.exposeBoolean('hasNextPage'),
    }),
  });

const OpenRisksResultRef = builder.unionType('RegisterRisksResult', {
  types: [OpenRisksPageRef, KpiQueryFailedRef, KpiAccessDeniedRef],
  resolveType: resultType(OpenRisksPageRef),
});
const RecommendationsResultRef = builder.unionType('RegisterRecommendationsResult', {
  types: [RecommendationsPageRef, KpiQueryFailedRef, KpiAccessDeniedRef],
  resolveType: resultType(RecommendationsPageRef),
});

const DueStatusEnum = builder.enumType('RegisterDueStatus', {
  values: {
    DUE: { value: 'DUE', description: 'Due from today to today + withinDays.' },
    OVERDUE: { value: 'OVERDUE', description: 'Due before today.' },
  } as const,
});

builder.queryFields((t) => ({
  openRisks: t.field({
    type: OpenRisksResultRef,
    description:
      "A region's risks not yet removed, oldest first, with their recommendations: the officers' register.",
    authScopes: { role: [...KPI_READERS] },
    args: {
      region: t.arg({ type: RegionCodeEnum, required: true }),
      asOf: t.arg({ type: 'DateTime', required: false }),
      after: t.arg.string({ required: false }),
      first: t.arg.int({ required: false }),
    },
    resolve: (_root, args, ctx) =>
      answer(() =>
        kpiEngine.openRisksOfRegion(kpiReadModel(ctx), {
          region: boundRegion(ctx, args.region),
          today: almatyDate(ctx.services.clock()),
          asOf: args.asOf ?? null,
          after: args.after ?? null,
          first: args.first ?? null,
        }),
      ),
  }),
  regionRecommendations: t.field({
    type: RecommendationsResultRef,
    description:
      "A region's recommendations neither implemented nor rejected, overdue or coming due, by due date.",
    authScopes: { role: [...KPI_READERS] },
    args: {
      region: t.arg({ type: RegionCodeEnum, required: true }),
      status: t.arg({ type: DueStatusEnum, required: true }),
      withinDays: t.arg.int({ required: false, description: 'For DUE: how far ahead; 30 when absent.' }),
      asOf: t.arg({ type: 'DateTime', required: false }),
      after: t.arg.string({ required: false }),
      first: t.arg.int({ required: false }),
    },
    resolve: (_root, args, ctx) =>
      answer(() =>
        kpiEngine.recommendationsOfRegion(kpiReadModel(ctx), {
          region: boundRegion(ctx, args.region),
          status: args.status,
          withinDays: args.withinDays ?? null,
          today: almatyDate(ctx.services.clock()),
          asOf: args.asOf ?? null,
          after: args.after ?? null,
          first: args.first ?? null,
        }),
      ),
  }),
  unitOpenRisks: t.field({
    type: OpenRisksResultRef,
    description:
      "A reporting unit's risks not yet removed (a central body's, wherever the work sits; a region's own), oldest first: a body's officer's register.",
    authScopes: { role: [...FIGURE_READERS] },
    args: {
      unit: t.arg.string({
        required: true,
        description: "A central body's catalogue code, or a region's code.",
      }),
      asOf: t.arg({ type: 'DateTime', required: false }),
      after: t.arg.string({ required: false }),
      first: t.arg.int({ required: false }),
    },
    resolve: (_root, args, ctx) =>
      answer(() =>
        kpiEngine.openRisksOfUnit(kpiReadModel(ctx), {
          region: boundUnit(ctx, args.unit),
          today: almatyDate(ctx.services.clock()),
          asOf: args.asOf ?? null,
          after: args.after ?? null,
          first: args.first ?? null,
        }),
      ),
  }),
  unitRecommendations: t.field({
    type: RecommendationsResultRef,
    description:
      "A reporting unit's recommendations neither implemented nor rejected, overdue or coming due, by due date.",
    authScopes: { role: [...FIGURE_READERS] },
    args: {
      unit: t.arg.string({
        required: true,
        description: "A central body's catalogue code, or a region's code.",
      }),
      status: t.arg({ type: DueStatusEnum, required: true }),
      withinDays: t.arg.int({ required: false, description: 'For DUE: how far ahead; 30 when absent.' }),
      asOf: t.arg({ type: 'DateTime', required: false }),
      after: t.arg.string({ required: false }),
      first: t.arg.int({ required: false }),
    },
    resolve: (_root, args, ctx) =>
      answer(() =>
        kpiEngine.recommendationsOfUnit(kpiReadModel(ctx), {
          region: boundUnit(ctx, args.unit),
          status: args.status,
          withinDays: args.withinDays ?? null,
          today: almatyDate(ctx.services.clock()),
          asOf: args.asOf ?? null,
          after: args.after ?? null,
          first: args.first ?? null,
        }),
      ),
  }),
}));
