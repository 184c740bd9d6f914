import { commentaryAsOf, type FigureCommentView, figureCommentsAsOf } from '@kpi/projections';
import {
  COUNTRY_AND_REGIONS,
  COUNTRY_OR_REGION_HINT,
  GOVERNED_UNIT_HINT,
  isGovernedUnitForm,
  REVIEW_PERIOD_HINT,
  REVIEW_PERIOD_PATTERN,
} from '@kpi/schema';
import { GraphQLError } from 'graphql';
import { boundRegions, KPI_READERS } from '../../../identity/policy.ts';
import { builder } from '../../builder.ts';
import type { ApiContext } from '../../context.ts';

const annotations = (ctx: ApiContext) => {
  const model = ctx.services.projections?.readModels.annotations();
  if (!model) {
    throw new GraphQLError('the annotations read model is not running', {
      extensions: { code: 'UNAVAILABLE' },
    });
  }
  return model.state;
};
const nameOf = (ctx: ApiContext, userId: string): string | null =>
  ctx.services.accounts?.users.byId(userId)?.displayName ?? null;
const asOfMs = (asOf: unknown): number | null => (asOf ? (asOf as Date).getTime() : null);

/** Comments on figures are on the country, a region or a central body. */
const checkUnits = (units: readonly string[]): void => {
  const bad = units.findIndex((u) => !isGovernedUnitForm(u));
  if (bad >= 0) {
    throw new GraphQLError(`units.${bad}: ${GOVERNED_UNIT_HINT}`, {
      extensions: { code: 'BAD_USER_INPUT', field: `units.${bad}` },
    });
  }
};

/** The review report, and so its commentary, is the country's or a region's. */
const checkReportUnit = (unit: string): void => {
  if (!(COUNTRY_AND_REGIONS as readonly string[]).includes(unit)) {
    throw new GraphQLError(`unit: ${COUNTRY_OR_REGION_HINT}`, {
      extensions: { code: 'BAD_USER_INPUT', field: 'unit' },
    });
  }
};

const FigureCommentRef = builder.objectRef<FigureCommentView>('FigureComment').implement({
  description: 'A note on a unit’s figures at a date, by the chair or an analyst.',
  fields: (t) => ({
    id: t.exposeID('id'),
    unit: t.exposeString('unit', { description: "KZ for the country, a region's code or a central body's." }),
    date: t.field({ type: 'Date', description: 'The day it is about.', resolve: (c) => c.date }),
    text: t.exposeString('text'),
    author: t.exposeString('author', { description: 'The user id of who wrote it.' }),
    authorName: t.string({ nullable: true, resolve: (c, _args, ctx) => nameOf(ctx, c.author) }),
    occurredOn: t.field({ type: 'Date', resolve: (c) => c.occurredOn }),
    recordedAt: t.field({ type: 'DateTime', resolve: (c) => c.recordedAt }),
  }),
});

builder.queryField('figureComments', (t) =>
  t.field({
    type: [FigureCommentRef],
    description:
      'The comments on figures standing at an instant (now when absent), by the day they are about: of the units asked (all a caller may read when absent), and of the country.',
    authScopes: { role: [...KPI_READERS] },
    args: {
      units: t.arg.stringList({ required: false }),
      from: t.arg({ type: 'Date', required: false }),
      to: t.arg({ type: 'Date', required: false }),
      asOf: t.arg({ type: 'DateTime', required: false }),
    },
    resolve: (_root, args, ctx) => {
      const asked = args.units ?? null;
      if (asked) checkUnits(asked);
      const regions = asked?.filter((u) => u !== 'KZ') ?? null;
      const bound = boundRegions(
        ctx.viewer!,
        regions && regions.length > 0 ? regions : asked === null ? null : [],
      );
      if (!bound.ok) {
        throw new GraphQLError(`a regional officer reads only their own region, not ${bound.denied}`, {
          extensions: { code: 'FORBIDDEN' },
        });
      }
      const units = bound.regions === null ? asked : ['KZ', ...bound.regions];
      return figureCommentsAsOf(annotations(ctx), {
        units,
        from: (args.from as string | null) ?? null,
        to: (args.to as string | null) ?? null,
        asOfMs: asOfMs(args.asOf),
      });
    },
  }),
);

interface Commentary {
  readonly unit: string;
  readonly period: string;
  readonly text: string;
  readonly writtenBy: string;
  readonly recordedAt: string;
}

const CommentaryRef = builder.objectRef<Commentary>('ReportCommentary').implement({
  description: 'The chair’s commentary of the review report for a unit and period.',
  fields: (t) => ({
    unit: t.exposeString('unit'),
    period: t.exposeString('period'),
    text: t.exposeString('text'),
    writtenBy: t.exposeString('writtenBy', { description: 'The user id of who wrote it.' }),
    writtenByName: t.string({ nullable: true, resolve: (c, _args, ctx) => nameOf(ctx, c.writtenBy) }),
    recordedAt: t.field({ type: 'DateTime', resolve: (c) => c.recordedAt }),
  }),
});

builder.queryField('reportCommentary', (t) =>
  t.field({
    type: CommentaryRef,
    nullable: true,
    description:
      'The review report’s commentary for a unit and period as known at an instant (now when absent); null before one is written.',
    authScopes: { role: [...KPI_READERS] },
    args: {
      unit: t.arg.string({ required: true }),
      period: t.arg.string({ required: true }),
      asOf: t.arg({ type: 'DateTime', required: false }),
    },
    resolve: (_root, args, ctx) => {
      checkReportUnit(args.unit);
      if (!REVIEW_PERIOD_PATTERN.test(args.period)) {
        throw new GraphQLError(`period: ${REVIEW_PERIOD_HINT}`, {
          extensions: { code: 'BAD_USER_INPUT', field: 'period' },
        });
      }
      const viewer = ctx.viewer!;
      if (viewer.role === 'REGIONAL_OFFICER' && viewer.region !== args.unit) {
        throw new GraphQLError(`a regional officer reads only their own region, not ${args.unit}`, {
          extensions: { code: 'FORBIDDEN' },
        });
      }
      const found = commentaryAsOf(annotations(ctx), args, asOfMs(args.asOf));
      return found ? { unit: args.unit, period: args.period, ...found } : null;
    },
  }),
);
