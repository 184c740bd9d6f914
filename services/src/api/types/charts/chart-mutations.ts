import { savedChartsFor } from '../../../charts/saved-charts-for.ts';
import { CHART_EDITORS } from '../../../identity/policy.ts';
import { builder } from '../../builder.ts';
import { BoardResultRef, boardResult, ChartResultRef, chartResult } from './chart-results.ts';
import { SavedChartSpecInput, specFromInput } from './saved-chart-spec.ts';

const submissionId = {
  required: true,
  description: 'Chosen by the client; a resubmission answers as the first.',
} as const;

const SaveChartInput = builder.inputType('SaveChartInput', {
  fields: (t) => ({
    submissionId: t.id(submissionId),
    name: t.string({ required: true }),
    spec: t.field({ type: SavedChartSpecInput, required: true }),
  }),
});

const UpdateChartInput = builder.inputType('UpdateChartInput', {
  fields: (t) => ({
    submissionId: t.id(submissionId),
    chartId: t.id({ required: true }),
    name: t.string({ required: false }),
    spec: t.field({ type: SavedChartSpecInput, required: false }),
    expectedRevision: t.int({ required: false }),
  }),
});

const DeleteChartInput = builder.inputType('DeleteChartInput', {
  fields: (t) => ({
    submissionId: t.id(submissionId),
    chartId: t.id({ required: true }),
    expectedRevision: t.int({ required: false }),
  }),
});

const ArrangeBoardInput = builder.inputType('ArrangeBoardInput', {
  fields: (t) => ({
    submissionId: t.id(submissionId),
    chartIds: t.idList({ required: true, description: 'The whole board, in order.' }),
  }),
});

const editors = { role: [...CHART_EDITORS] };

builder.mutationFields((t) => ({
  saveChart: t.field({
    type: ChartResultRef,
    description:
      "Saves a chart as the signed-in analyst's own; its id, in the URL /charts/c/<id>, shares it with every analyst and the chair. Analysts only.",
    authScopes: editors,
    args: { input: t.arg({ type: SaveChartInput, required: true }) },
    resolve: async (_root, { input }, ctx) =>
      chartResult(
        await savedChartsFor(ctx.services).save(
          ctx.viewer!,
          { submissionId: String(input.submissionId), name: input.name, spec: specFromInput(input.spec) },
          ctx.correlationId,
        ),
      ),
  }),
  updateChart: t.field({
    type: ChartResultRef,
    description:
      'Renames a chart or changes what it shows. Only the analyst who saved it; pass expectedRevision to be told of a concurrent change.',
    authScopes: editors,
    args: { input: t.arg({ type: UpdateChartInput, required: true }) },
    resolve: async (_root, { input }, ctx) =>
      chartResult(
        await savedChartsFor(ctx.services).update(
          ctx.viewer!,
          {
            submissionId: String(input.submissionId),
            chartId: String(input.chartId),
            name: input.name,
            spec: input.spec ? specFromInput(input.spec) : null,
            expectedRevision: input.expectedRevision,
          },
          ctx.correlationId,
        ),
      ),
  }),
  deleteChart: t.field({
    type: ChartResultRef,
    description:
      'Deletes a chart: its URL stops opening it and it leaves every board. Only the analyst who saved it.',
    authScopes: editors,
    args: { input: t.arg({ type: DeleteChartInput, required: true }) },
    resolve: async (_root, { input }, ctx) =>
      chartResult(
        await savedChartsFor(ctx.services).delete(
          ctx.viewer!,
          {
            submissionId: String(input.submissionId),
            chartId: String(input.chartId),
            expectedRevision: input.expectedRevision,
          },
          ctx.correlationId,
        ),
      ),
  }),
  arrangeBoard: t.field({
    type: BoardResultRef,
    description:
      "Sets the whole order of the signed-in analyst's board: their own charts and charts shared with them.",
    authScopes: editors,
    args: { input: t.arg({ type: ArrangeBoardInput, required: true }) },
    resolve: async (_root, { input }, ctx) =>
      boardResult(
        await savedChartsFor(ctx.services).arrange(
          ctx.viewer!,
          { submissionId: String(input.submissionId), chartIds: input.chartIds.map(String) },
          ctx.correlationId,
        ),
      ),
  }),
}));
