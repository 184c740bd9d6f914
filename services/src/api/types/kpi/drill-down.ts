import { type DrillDown, type DrillDownRow, kpiEngine } from '@kpi/projections';
import { isRegionCode, regionByCode, type UnitKind } from '@kpi/schema';
import { centralBodiesFor } from '../../../catalogue/central-bodies.ts';
import { FIGURE_READERS } from '../../../identity/policy.ts';
import { builder } from '../../builder.ts';
import type { ApiContext } from '../../context.ts';
import { boundFilter, kpiReadModel } from './access.ts';
import { AuditEventRef, readEvents } from './audit-events.ts';
import { KpiFilterInput, knowledgeFields, PeriodInput, PeriodRef, toFilter } from './inputs.ts';
import { answer, KpiAccessDeniedRef, KpiQueryFailedRef, resultType } from './results.ts';

const DrillDownDistrictRef = builder
  .objectRef<NonNullable<DrillDownRow['district']>>('KpiDrillDownDistrict')
  .implement({
    description: 'A district by its KATO code, with the name its officers gave (no catalogue is held).',
    fields: (t) => ({
      code: t.exposeString('code'),
      name: t.exposeString('name', { nullable: true }),
    }),
  });

/** A reporting unit as the reader sees it: its code, whether a region or a central body, its names. */
interface NamedUnit {
  readonly code: string;
  readonly kind: UnitKind;
  readonly name: { readonly ru: string; readonly kk: string; readonly en: string };
}

const ReportingUnitRef = builder.objectRef<NamedUnit>('ReportingUnit').implement({
  description:
    'A reporting unit: a region, or a central state body (a ministry or agency), named in the three languages.',
  fields: (t) => ({
    code: t.exposeString('code', {
      description: "A region's ISO 3166-2:KZ code, or a body's catalogue code.",
    }),
    kind: t.string({ description: 'REGION or CENTRAL_BODY.', resolve: (u) => u.kind }),
    nameRu: t.string({ resolve: (u) => u.name.ru }),
    nameKk: t.string({ resolve: (u) => u.name.kk }),
    nameEn: t.string({ resolve: (u) => u.name.en }),
  }),
});

/**
 * A unit named: a region from the regions' list, a body as the catalogue names it now (the KPI
 * engine knows a body by its code); a body not in the catalogue keeps its code as its name.
 */
const namedUnit = (ctx: ApiContext, code: string): NamedUnit => {
  if (isRegionCode(code)) return { code, kind: 'REGION', name: regionByCode(code).name };
  const body = centralBodiesFor(ctx.services)
    .list()
    .find((b) => b.code === code);
  return { code, kind: 'CENTRAL_BODY', name: body?.name ?? { ru: code, kk: code, en: code } };
};

const DrillDownRowRef = builder.objectRef<DrillDownRow>('KpiDrillDownRow').implement({
  description:
    'One thing counted in a KPI value (a risk, a recommendation, a case) and the events behind it.',
  fields: (t) => ({
    subject: t.exposeString('subject', { description: 'risk, recommendation or right.' }),
    id: t.exposeID('id', { description: 'The risk, recommendation or case id.' }),
    region: t.exposeString('region', {
      description:
        'The region it counts in (ISO 3166-2:KZ): the organization is a body of this region, so the same name in two regions is two bodies.',
    }),
    unit: t.field({
      type: ReportingUnitRef,
      description:
        "The reporting unit it belongs to: the region for the region's own work, the central body for a body's (which sits in `region` but is not that region's); a recommendation's is its risk's.",
      resolve: (r, _args, ctx) => namedUnit(ctx, r.unit),
    }),
    organization: t.exposeString('organization', {
      description:
        "The organization it counts in, as first spelt: a risk's own, a recommendation's risk's, a case's own or else its risk's.",
    }),
    district: t.field({
      type: DrillDownDistrictRef,
      nullable: true,
      description:
        "The district it counts in: a risk's own, a recommendation's or a case's risk's; null at region level.",
      resolve: (r) => r.district,
    }),
    date: t.field({
      type: 'Date',
      description: 'The business date the KPI counts it on.',
      resolve: (r) => r.date,
    }),
    value: t.exposeFloat('value', {
      nullable: true,
      description: 'Days to removal, age, days overdue, people or money, as fits the KPI.',
    }),
    counted: t.exposeBoolean('counted', {
      description: 'For a rate: in the numerator (removed, implemented, on time, recurred).',
    }),
    cursor: t.exposeString('cursor'),
    events: t.field({
      type: [AuditEventRef],
      resolve: (r, _args, ctx) => readEvents(ctx.services.store, r.events),
    }),
  }),
});

const DrillDownRef = builder.objectRef<DrillDown>('KpiDrillDown').implement({
  description: 'The things that make up a KPI value, a page at a time, oldest first.',
  interfaces: [knowledgeFields],
  fields: (t) => ({
    kpi: t.exposeString('kpi'),
    period: t.field({ type: PeriodRef, resolve: (d) => d.period }),
    total: t.exposeInt('total', {
      description: 'Rows across all pages: the count, or for a rate its denominator.',
    }),
    rows: t.field({ type: [DrillDownRowRef], resolve: (d) => [...d.rows] }),
    endCursor: t.exposeString('endCursor', { nullable: true }),
    hasNextPage: t.exposeBoolean('hasNextPage'),
  }),
});

const DrillDownResultRef = builder.unionType('KpiDrillDownResult', {
  types: [DrillDownRef, KpiQueryFailedRef, KpiAccessDeniedRef],
  resolveType: resultType(DrillDownRef),
});

builder.queryField('drillDown', (t) =>
  t.field({
    type: DrillDownResultRef,
    description:
      'The audit trail behind a KPI value: the risks, recommendations or cases it counts, with the events and who submitted them.',
    authScopes: { role: [...FIGURE_READERS] },
    args: {
      kpi: t.arg.string({ required: true }),
      period: t.arg({ type: PeriodInput, required: true }),
      filter: t.arg({ type: KpiFilterInput, required: false }),
      asOf: t.arg({ type: 'DateTime', required: false }),
      after: t.arg.string({ required: false }),
      first: t.arg.int({ required: false, description: '1 to 500; 50 when absent.' }),
    },
    resolve: (_root, args, ctx) =>
      answer(() =>
        kpiEngine.drillDown(kpiReadModel(ctx), {
          kpi: args.kpi,
          period: args.period,
          filter: boundFilter(ctx, toFilter(args.filter)),
          asOf: args.asOf ?? null,
          after: args.after ?? null,
          first: args.first ?? null,
        }),
      ),
  }),
);
