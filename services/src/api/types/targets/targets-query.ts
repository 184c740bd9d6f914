import { KpiQueryError, type TargetWithStatus, targetsWithStatus } from '@kpi/projections';
import { GOVERNED_UNIT_HINT, isGovernedUnitForm } from '@kpi/schema';
import { GraphQLError } from 'graphql';
import { FIGURE_READERS, readableUnits } from '../../../identity/policy.ts';
import { builder } from '../../builder.ts';
import type { ApiContext } from '../../context.ts';
import { KpiAccessDenied, kpiReadModel } from '../kpi/access.ts';
import { PeriodRef } from '../kpi/inputs.ts';
import { answer, KpiAccessDeniedRef, KpiQueryFailedRef, resultType } from '../kpi/results.ts';
import { TargetDirectionEnum } from './target-mutations.ts';

const TargetStatusEnum = builder.enumType('TargetStatus', {
  description:
    'MET: the KPI is on the right side of the value held to; AT_RISK: within 10 % of it; OFF_TRACK: beyond.',
  values: ['MET', 'AT_RISK', 'OFF_TRACK'] as const,
});

const TargetRef = builder.objectRef<TargetWithStatus>('Target').implement({
  description: 'A target as it applied at the instant asked, with the KPI it holds and its status.',
  fields: (t) => ({
    id: t.exposeID('id', { description: 'KPI, unit and period: `causesRemoved.KZ-15.2026-Q2`.' }),
    kpi: t.exposeString('kpi'),
    unit: t.exposeString('unit', {
      description: "KZ for the whole country, a region's code, or a central state body's code.",
    }),
    period: t.exposeString('period', { description: 'A year (2026) or a quarter (2026-Q2).' }),
    value: t.exposeFloat('value'),
    direction: t.field({ type: TargetDirectionEnum, resolve: (x) => x.direction }),
    occurredOn: t.field({ type: 'Date', resolve: (x) => x.occurredOn }),
    recordedAt: t.field({ type: 'DateTime', resolve: (x) => x.recordedAt }),
    setBy: t.exposeString('setBy', { description: 'The user id of who set it.' }),
    judged: t.field({
      type: PeriodRef,
      nullable: true,
      description: 'The days judged: the whole period once ended, the days so far while it runs.',
      resolve: (x) => x.judged,
    }),
    elapsedShare: t.exposeFloat('elapsedShare', { description: 'Share of the period’s days elapsed.' }),
    heldTo: t.exposeFloat('heldTo', {
      nullable: true,
      description: 'What the KPI is held to today: pro-rated for a count while the period runs.',
    }),
    actual: t.exposeFloat('actual', { nullable: true, description: 'The KPI over the days judged.' }),
    status: t.field({
      type: TargetStatusEnum,
      nullable: true,
      description: 'Null before the period begins or when the KPI has no value.',
      resolve: (x) => x.status,
    }),
  }),
});

interface TargetList {
  readonly asOf: string | null;
  readonly targets: readonly TargetWithStatus[];
}

const TargetListRef = builder.objectRef<TargetList>('TargetList').implement({
  fields: (t) => ({
    asOf: t.field({ type: 'DateTime', nullable: true, resolve: (x) => x.asOf }),
    targets: t.field({ type: [TargetRef], resolve: (x) => [...x.targets] }),
  }),
});

const TargetsResultRef = builder.unionType('TargetsResult', {
  types: [TargetListRef, KpiQueryFailedRef, KpiAccessDeniedRef],
  resolveType: resultType(TargetListRef),
});

/**
 * The unit a viewer may read targets of (the country, a region or a body): the policy's readable
 * units, so an officer (a region's or a body's) reads only their own unit's targets.
 */
const boundUnit = (ctx: ApiContext, unit: string | null | undefined): string | null => {
  if (unit && !isGovernedUnitForm(unit))
    throw new KpiQueryError('INVALID_FILTER', 'unit', GOVERNED_UNIT_HINT);
  const readable = readableUnits(ctx.viewer!);
  if (readable === 'all') return unit ?? null;
  const own = readable[0];
  if (own === undefined || (unit && unit !== own)) throw new KpiAccessDenied(unit ?? 'any unit');
  return own;
};

const PERIOD = /^\d{4}(-Q[1-4])?$/;

builder.queryField('targets', (t) =>
  t.field({
    type: TargetsResultRef,
    description:
      'The targets that applied at an instant (now when absent), each with the KPI it holds and its status: for a unit, a period and a KPI, or all.',
    // A body's officer reads their own body's targets, as they read its figures.
    authScopes: { role: [...FIGURE_READERS] },
    args: {
      unit: t.arg.string({
        required: false,
        description: "KZ, a region's code or a central body's code; all when absent.",
      }),
      period: t.arg.string({ required: false, description: 'A year (2026) or a quarter (2026-Q2).' }),
      kpi: t.arg.string({ required: false }),
      asOf: t.arg({ type: 'DateTime', required: false }),
    },
    resolve: (_root, args, ctx) =>
      answer(() => {
        if (args.period && !PERIOD.test(args.period)) {
          throw new KpiQueryError(
            'INVALID_PERIOD',
            'period',
            'must be a year such as 2026 or a quarter such as 2026-Q2',
          );
        }
        const unit = boundUnit(ctx, args.unit);
        const targets = ctx.services.projections?.readModels.targets();
        if (!targets) {
          throw new GraphQLError('the targets read model is not running', {
            extensions: { code: 'UNAVAILABLE' },
          });
        }
        const asOf = args.asOf ? (args.asOf as unknown as Date).toISOString() : null;
        const list = targetsWithStatus(targets.state, kpiReadModel(ctx), {
          unit,
          period: args.period ?? null,
          kpi: args.kpi ?? null,
          asOf,
          now: ctx.services.clock(),
        });
        return { asOf, targets: list };
      }),
  }),
);
