import { kpiEngine, type Page, type RegisterRecommendation, type RegisterRisk } from '@kpi/projections';
import { almatyDate } from '@kpi/schema';
import { FIGURE_READERS, KPI_READERS } from '../../../identity/policy.ts';
import { builder } from '../../builder.ts';
import type { ApiContext } from '../../context.ts';
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

type DueStatus = 'DUE' | 'OVERDUE';
interface Paging {
  readonly asOf?: Date | string | null | undefined;
  readonly after?: string | null | undefined;
  readonly first?: number | null | undefined;
}
/**
 * A unit's register page, a region's or a central body's. `unit` binds it by the policy, inside the
 * answer, so a unit not the viewer's is answered KpiAccessDenied rather than thrown.
 */
const openRisksOf = (ctx: ApiContext, unit: () => string, args: Paging) =>
  answer(() =>
    kpiEngine.openRisksOfUnit(kpiReadModel(ctx), {
      region: unit(),
      today: almatyDate(ctx.services.clock()),
      asOf: args.asOf ?? null,
      after: args.after ?? null,
      first: args.first ?? null,
    }),
  );

const recommendationsOf = (
  ctx: ApiContext,
  unit: () => string,
  args: Paging & { readonly status: DueStatus; readonly withinDays?: number | null | undefined },
) =>
  answer(() =>
    kpiEngine.recommendationsOfUnit(kpiReadModel(ctx), {
      region: unit(),
      status: args.status,
      withinDays: args.withinDays ?? null,
      today: almatyDate(ctx.services.clock()),
      asOf: args.asOf ?? null,
      after: args.after ?? null,
      first: args.first ?? null,
    }),
  );

builder.queryFields((t) => {
  const paging = {
    asOf: t.arg({ type: 'DateTime', required: false }),
    after: t.arg.string({ required: false }),
    first: t.arg.int({ required: false }),
  };
  const due = {
    status: t.arg({ type: DueStatusEnum, required: true }),
    withinDays: t.arg.int({ required: false, description: 'For DUE: how far ahead; 30 when absent.' }),
  };
  const unit = t.arg.string({
    required: true,
    description: "A central body's catalogue code, or a region's code.",
  });
  return {
    openRisks: t.field({
      type: OpenRisksResultRef,
      description:
        "A region's risks not yet removed, oldest first, with their recommendations: the officers' register.",
      authScopes: { role: [...KPI_READERS] },
      args: { region: t.arg({ type: RegionCodeEnum, required: true }), ...paging },
      resolve: (_root, args, ctx) => openRisksOf(ctx, () => boundRegion(ctx, args.region), args),
    }),
    regionRecommendations: t.field({
      type: RecommendationsResultRef,
      description:
        "A region's recommendations neither implemented nor rejected, overdue or coming due, by due date.",
      authScopes: { role: [...KPI_READERS] },
      args: { region: t.arg({ type: RegionCodeEnum, required: true }), ...due, ...paging },
      resolve: (_root, args, ctx) => recommendationsOf(ctx, () => boundRegion(ctx, args.region), args),
    }),
    unitOpenRisks: t.field({
      type: OpenRisksResultRef,
      description:
        "A reporting unit's risks not yet removed (a central body's, wherever the work sits; a region's own), oldest first: a body's officer's register.",
      authScopes: { role: [...FIGURE_READERS] },
      args: { unit, ...paging },
      resolve: (_root, args, ctx) => openRisksOf(ctx, () => boundUnit(ctx, args.unit), args),
    }),
    unitRecommendations: t.field({
      type: RecommendationsResultRef,
      description:
        "A reporting unit's recommendations neither implemented nor rejected, overdue or coming due, by due date.",
      authScopes: { role: [...FIGURE_READERS] },
      args: { unit, ...due, ...paging },
      resolve: (_root, args, ctx) => recommendationsOf(ctx, () => boundUnit(ctx, args.unit), args),
    }),
  };
});
