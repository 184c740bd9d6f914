import type { SavedChartView } from '@kpi/projections';
import { savedChartsFor } from '../../../charts/saved-charts-for.ts';
import { CHART_EDITORS, CHART_READERS } from '../../../identity/policy.ts';
import { builder } from '../../builder.ts';
import { SavedChartSpecRef } from './saved-chart-spec.ts';

export const SavedChartRef = builder.objectRef<SavedChartView>('SavedChart').implement({
  description:
    "An analyst's saved chart. Anyone who reads charts opens it by its id: its URL is how it is shared.",
  fields: (t) => ({
    id: t.exposeID('chartId'),
    name: t.exposeString('name'),
    spec: t.field({ type: SavedChartSpecRef, resolve: (c) => c.spec }),
    ownedByMe: t.boolean({ resolve: (c, _args, ctx) => c.owner === ctx.viewer?.userId }),
    createdAt: t.field({ type: 'DateTime', resolve: (c) => c.createdAt }),
    updatedAt: t.field({ type: 'DateTime', resolve: (c) => c.updatedAt }),
    revision: t.exposeInt('revision', {
      description: 'Pass back as expectedRevision to detect a concurrent change.',
    }),
  }),
});

builder.queryFields((t) => ({
  savedChart: t.field({
    type: SavedChartRef,
    nullable: true,
    description: 'A saved chart by id, for an analyst or the chair; null when unknown or deleted.',
    authScopes: { role: [...CHART_READERS] },
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, { id }, ctx) => savedChartsFor(ctx.services).get(ctx.viewer!, String(id)),
  }),
  myCharts: t.field({
    type: [SavedChartRef],
    description: "The signed-in analyst's saved charts, most recently changed first.",
    authScopes: { role: [...CHART_EDITORS] },
    resolve: (_root, _args, ctx) => savedChartsFor(ctx.services).mine(ctx.viewer!),
  }),
  myBoard: t.field({
    type: [SavedChartRef],
    description: "The signed-in analyst's board: saved charts (their own or shared with them) in order.",
    authScopes: { role: [...CHART_EDITORS] },
    resolve: (_root, _args, ctx) => savedChartsFor(ctx.services).board(ctx.viewer!),
  }),
}));
