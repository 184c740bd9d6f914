import type { SavedChartView } from '@kpi/projections';
import type { FieldIssue } from '@kpi/schema';
import type { ChartOutcome } from '../../../charts/chart-refusal.ts';
import { builder } from '../../builder.ts';
import { fieldIssueFields } from '../results/field-issue-fields.ts';
import { SavedChartRef } from './saved-chart.ts';

/**
 * What a saved-chart change answers: the chart, or why it was refused in a form the chart builder
 * shows beside the field (`issues[].path` names the input field, e.g. `spec.measures`).
 */
type Refused<K extends string> = Extract<ChartOutcome<never>, { kind: K }>;

const ChartFieldIssueRef = builder.objectRef<FieldIssue>('ChartFieldIssue').implement({
  fields: (t) => fieldIssueFields(t, 'The input field, dotted: `name`, `spec.measures.0`.'),
});

export const ChartSucceededRef = builder.objectRef<{ chart: SavedChartView }>('ChartSucceeded').implement({
  fields: (t) => ({ chart: t.field({ type: SavedChartRef, resolve: (r) => r.chart }) }),
});

export const BoardSucceededRef = builder.objectRef<{ charts: SavedChartView[] }>('BoardSucceeded').implement({
  fields: (t) => ({ charts: t.field({ type: [SavedChartRef], resolve: (r) => r.charts }) }),
});

const ValidationRef = builder.objectRef<Refused<'ValidationFailed'>>('ChartValidationFailed').implement({
  fields: (t) => ({ issues: t.field({ type: [ChartFieldIssueRef], resolve: (r) => [...r.issues] }) }),
});
const NotFoundRef = builder.objectRef<Refused<'NotFound'>>('ChartNotFound').implement({
  fields: (t) => ({ chartId: t.exposeString('id'), message: t.exposeString('message') }),
});
const ForbiddenRef = builder.objectRef<Refused<'Forbidden'>>('ChartForbidden').implement({
  fields: (t) => ({ message: t.exposeString('message') }),
});
const ConflictRef = builder.objectRef<Refused<'Conflict'>>('ChartConflict').implement({
  fields: (t) => ({
    message: t.exposeString('message'),
    currentRevision: t.exposeInt('currentRevision'),
  }),
});

type Refusal = Exclude<ChartOutcome<never>, { ok: true }>;
const refusalRef = (r: Refusal) =>
  ({
    ValidationFailed: ValidationRef,
    NotFound: NotFoundRef,
    Forbidden: ForbiddenRef,
    Conflict: ConflictRef,
  })[r.kind];

type ChartResult = { chart: SavedChartView } | Refusal;
type BoardResult = { charts: SavedChartView[] } | Refusal;

export const ChartResultRef = builder.unionType('ChartResult', {
  types: [ChartSucceededRef, ValidationRef, NotFoundRef, ForbiddenRef, ConflictRef],
  resolveType: (r: ChartResult) => ('chart' in r ? ChartSucceededRef : refusalRef(r)),
});

export const BoardResultRef = builder.unionType('BoardResult', {
  types: [BoardSucceededRef, ValidationRef, ForbiddenRef],
  resolveType: (r: BoardResult) => ('charts' in r ? BoardSucceededRef : refusalRef(r)),
});

export const chartResult = (outcome: ChartOutcome<SavedChartView>): ChartResult =>
  outcome.ok ? { chart: outcome.value } : outcome;
export const boardResult = (outcome: ChartOutcome<SavedChartView[]>): BoardResult =>
  outcome.ok ? { charts: outcome.value } : outcome;
