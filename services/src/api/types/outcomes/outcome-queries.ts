import {
  KpiQueryError,
  type OutcomeQuery,
  type Perception,
  type PerceptionChangeRow,
  type PerceptionMean,
  type PerceptionRow,
  perception,
  perceptionChange,
  type Receptions,
  type ReceptionsRow,
  receptions,
  type SurveyPoint,
} from '@kpi/projections';
import { centralBodyCode, isRegionCode } from '@kpi/schema';
import { GraphQLError } from 'graphql';
import { boundRegions, boundUnits, FIGURE_READERS, KPI_READERS } from '../../../identity/policy.ts';
import { builder } from '../../builder.ts';
import type { ApiContext } from '../../context.ts';
import { KpiAccessDenied } from '../kpi/access.ts';
import { PeriodInput } from '../kpi/inputs.ts';
import { answer, KpiAccessDeniedRef, KpiQueryFailedRef, resultType } from '../kpi/results.ts';
import { PopulationGroupEnum } from './outcome-mutations.ts';

const PerceptionRowRef = builder.objectRef<PerceptionRow>('PerceptionRow').implement({
  description: 'The latest survey of a unit and group (and district) whose fieldwork ended in the period.',
  fields: (t) => ({
    unit: t.exposeString('unit', { description: 'A region code, or KZ for a country-wide survey.' }),
    district: t.exposeString('district', { nullable: true, description: 'KATO code; null region-wide.' }),
    districtName: t.exposeString('districtName', { nullable: true }),
    group: t.field({ type: PopulationGroupEnum, resolve: (r) => r.group }),
    surveyId: t.exposeID('surveyId'),
    conductedOn: t.field({
      type: 'Date',
      description: 'The end of fieldwork.',
      resolve: (r) => r.conductedOn,
    }),
    respondents: t.exposeInt('respondents'),
    perceptionIndex: t.exposeFloat('perceptionIndex', { description: '0..100, higher is cleaner.' }),
    facedCorruptionShare: t.exposeFloat('facedCorruptionShare', { description: '0..1' }),
    method: t.exposeString('method'),
  }),
});

const PerceptionMeanRef = builder.objectRef<PerceptionMean>('PerceptionMean').implement({
  description: 'Per group, the respondent-weighted mean of the regions’ latest surveys (KZ rows excluded).',
  fields: (t) => ({
    group: t.field({ type: PopulationGroupEnum, resolve: (m) => m.group }),
    units: t.exposeInt('units'),
    respondents: t.exposeInt('respondents'),
    perceptionIndex: t.exposeFloat('perceptionIndex'),
    facedCorruptionShare: t.exposeFloat('facedCorruptionShare'),
  }),
});

type Answer<T> = T & { readonly asOf: string | null };

const PerceptionRef = builder.objectRef<Answer<Perception>>('Perception').implement({
  fields: (t) => ({
    asOf: t.field({ type: 'DateTime', nullable: true, resolve: (x) => x.asOf }),
    rows: t.field({ type: [PerceptionRowRef], resolve: (x) => x.rows }),
    means: t.field({ type: [PerceptionMeanRef], resolve: (x) => x.means }),
  }),
});

const SurveyPointRef = builder.objectRef<SurveyPoint>('SurveyPoint').implement({
  description: 'One survey as a change in perception reads it.',
  fields: (t) => ({
    surveyId: t.exposeID('surveyId'),
    conductedOn: t.field({
      type: 'Date',
      description: 'The end of fieldwork.',
      resolve: (p) => p.conductedOn,
    }),
    perceptionIndex: t.exposeFloat('perceptionIndex', { description: '0..100, higher is cleaner.' }),
    respondents: t.exposeInt('respondents'),
  }),
});

const PerceptionChangeRowRef = builder.objectRef<PerceptionChangeRow>('PerceptionChangeRow').implement({
  description:
    'A region’s change in perception index: the latest survey whose fieldwork ended before the period against the latest in it.',
  fields: (t) => ({
    unit: t.exposeString('unit', { description: 'A region code.' }),
    before: t.field({ type: SurveyPointRef, nullable: true, resolve: (r) => r.before }),
    latest: t.field({ type: SurveyPointRef, nullable: true, resolve: (r) => r.latest }),
    change: t.exposeFloat('change', {
      nullable: true,
      description:
        'latest − before, in index points; null when either survey is missing (no change measurable).',
    }),
  }),
});

const PerceptionChangeRef = builder
  .objectRef<Answer<{ rows: PerceptionChangeRow[] }>>('PerceptionChange')
  .implement({
    fields: (t) => ({
      asOf: t.field({ type: 'DateTime', nullable: true, resolve: (x) => x.asOf }),
      rows: t.field({ type: [PerceptionChangeRowRef], resolve: (x) => x.rows }),
    }),
  });

const ReceptionsRowRef = builder.objectRef<ReceptionsRow>('ReceptionsRow').implement({
  fields: (t) => ({
    unit: t.exposeString('unit', {
      nullable: true,
      description: "A unit's code, a region's or a central body's; null for the total.",
    }),
    receptions: t.exposeInt('receptions'),
    citizensReceived: t.exposeInt('citizensReceived'),
    issuesRaised: t.exposeInt('issuesRaised'),
    risksFromReceptions: t.exposeInt('risksFromReceptions', {
      nullable: true,
      description:
        'Risks identified in the period with source CITIZEN_RECEPTION; for one district, those of that district.',
    }),
    risksPerReception: t.exposeFloat('risksPerReception', { nullable: true }),
  }),
});

const ReceptionsRef = builder.objectRef<Answer<Receptions>>('Receptions').implement({
  fields: (t) => ({
    asOf: t.field({ type: 'DateTime', nullable: true, resolve: (x) => x.asOf }),
    rows: t.field({ type: [ReceptionsRowRef], resolve: (x) => x.rows }),
    total: t.field({ type: ReceptionsRowRef, resolve: (x) => x.total }),
  }),
});

const PerceptionResultRef = builder.unionType('PerceptionResult', {
  types: [PerceptionRef, KpiQueryFailedRef, KpiAccessDeniedRef],
  resolveType: resultType(PerceptionRef),
});
const PerceptionChangeResultRef = builder.unionType('PerceptionChangeResult', {
  types: [PerceptionChangeRef, KpiQueryFailedRef, KpiAccessDeniedRef],
  resolveType: resultType(PerceptionChangeRef),
});
const ReceptionsResultRef = builder.unionType('ReceptionsResult', {
  types: [ReceptionsRef, KpiQueryFailedRef, KpiAccessDeniedRef],
  resolveType: resultType(ReceptionsRef),
});

interface OutcomeArgs {
  readonly period: { readonly from: unknown; readonly to: unknown };
  readonly regions?: readonly string[] | null;
  /** Receptions only: reporting units by code, a region's or a central body's. */
  readonly units?: readonly string[] | null;
  readonly district?: string | null;
  readonly asOf?: unknown;
}

/** Both lists asked: a unit must be in both (a region's list names its own work, never a body's). */
const bothLists = (regions: readonly string[] | null, units: readonly string[] | null) =>
  regions === null ? units : units === null ? regions : units.filter((u) => regions.includes(u));

/**
 * The read model's query for a viewer, the filter checked and bound by the policy: surveys by the
 * regions a viewer reads (a survey's unit is a region or the country), receptions by the units
 * (a body's officer reads their body's receptions, a region's officer their region's).
 */
const outcomeQuery = (
  ctx: ApiContext,
  args: OutcomeArgs,
  by: 'regions' | 'units' = 'regions',
): OutcomeQuery & { asOf: string | null } => {
  const from = String(args.period.from);
  const to = String(args.period.to);
  if (from > to) throw new KpiQueryError('INVALID_PERIOD', 'period.to', 'must not be before period.from');
  if (args.district && !/^\d{9}$/.test(args.district)) {
    throw new KpiQueryError('INVALID_FILTER', 'district', 'must be a KATO code of nine digits');
  }
  const malformed = args.units?.find(
    (code) => !isRegionCode(code) && !centralBodyCode.safeParse(code).success,
  );
  if (malformed !== undefined) {
    throw new KpiQueryError(
      'INVALID_FILTER',
      'units',
      `"${malformed}" is neither a region's code (KZ-..) nor a central body's (such as MIN-HEALTH)`,
    );
  }
  const asOf = args.asOf ? (args.asOf as Date).toISOString() : null;
  const rest = {
    from,
    to,
    district: args.district ?? null,
    asOfMs: asOf === null ? null : Date.parse(asOf),
    asOf,
  };
  if (by === 'units') {
    const bound = boundUnits(ctx.viewer!, { regions: args.regions, units: args.units });
    if (!bound.ok) throw new KpiAccessDenied(bound.denied);
    return { ...rest, units: bothLists(bound.regions, bound.units) };
  }
  const bound = boundRegions(ctx.viewer!, args.regions);
  if (!bound.ok) throw new KpiAccessDenied(bound.denied);
  return { ...rest, units: bound.regions };
};

const outcomesModel = (ctx: ApiContext) => {
  const model = ctx.services.projections?.readModels.outcomes();
  if (!model) {
    throw new GraphQLError('the outcomes read model is not running', { extensions: { code: 'UNAVAILABLE' } });
  }
  return model.state;
};

builder.queryField('perception', (t) =>
  t.field({
    type: PerceptionResultRef,
    description:
      'Per unit and population group, the latest perception survey whose fieldwork ended in the period (region-wide, or by district when asked), and the respondent-weighted means; as known at asOf.',
    authScopes: { role: [...KPI_READERS] },
    args: {
      period: t.arg({ type: PeriodInput, required: true }),
      regions: t.arg.stringList({
        required: false,
        description: 'Region codes (KZ for the country); all when absent.',
      }),
      district: t.arg.string({ required: false, description: 'One district’s surveys, by KATO code.' }),
      byDistrict: t.arg.boolean({
        required: false,
        description: 'One row per district instead of region-wide.',
      }),
      group: t.arg({ type: PopulationGroupEnum, required: false }),
      asOf: t.arg({ type: 'DateTime', required: false }),
    },
    resolve: (_root, args, ctx) =>
      answer(() => {
        const query = outcomeQuery(ctx, args);
        const result = perception(outcomesModel(ctx), {
          ...query,
          group: args.group ?? null,
          byDistrict: args.byDistrict === true,
        });
        return { ...result, asOf: query.asOf };
      }),
  }),
);

builder.queryField('perceptionChange', (t) =>
  t.field({
    type: PerceptionChangeResultRef,
    description:
      'Per region, the change in one group’s perception index (citizens by default) between the latest survey before the period and the latest in it, region-wide or for one district; as known at asOf.',
    authScopes: { role: [...KPI_READERS] },
    args: {
      period: t.arg({ type: PeriodInput, required: true }),
      regions: t.arg.stringList({ required: false, description: 'Region codes; all when absent.' }),
      district: t.arg.string({ required: false, description: 'One district’s surveys, by KATO code.' }),
      group: t.arg({ type: PopulationGroupEnum, required: false }),
      asOf: t.arg({ type: 'DateTime', required: false }),
    },
    resolve: (_root, args, ctx) =>
      answer(() => {
        const query = outcomeQuery(ctx, args);
        const rows = perceptionChange(outcomesModel(ctx), { ...query, group: args.group ?? null });
        return { rows, asOf: query.asOf };
      }),
  }),
);

builder.queryField('receptions', (t) =>
  t.field({
    type: ReceptionsResultRef,
    description:
      "Per unit (a region, or a central body: a body's receptions count under the body, never the region they were held in), citizen receptions held in the period, citizens received, issues raised and risks identified from receptions per reception; as known at asOf.",
    authScopes: { role: [...FIGURE_READERS] },
    args: {
      period: t.arg({ type: PeriodInput, required: true }),
      regions: t.arg.stringList({
        required: false,
        description: "Region codes, each its own work (no body's); all when absent.",
      }),
      units: t.arg.stringList({
        required: false,
        description:
          "Reporting units, a region's code or a central body's (such as MIN-HEALTH); all when absent.",
      }),
      district: t.arg.string({ required: false, description: 'One district’s receptions, by KATO code.' }),
      asOf: t.arg({ type: 'DateTime', required: false }),
    },
    resolve: (_root, args, ctx) =>
      answer(() => {
        const query = outcomeQuery(ctx, args, 'units');
        return { ...receptions(outcomesModel(ctx), query), asOf: query.asOf };
      }),
  }),
);
